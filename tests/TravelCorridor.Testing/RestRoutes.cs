using Google.Api;
using Google.Protobuf.Reflection;

namespace TravelCorridor.Testing;

/// <summary>Every REST route the node serves: the methods of our services with a <c>google.api.http</c> rule in protos/.</summary>
public static class RestRoutes
{
    public static IReadOnlyList<(MethodDescriptor Method, HttpRule Rule)> All { get; } =
        new[]
        {
            Membership.V1.MembershipService.Descriptor,
            Eligibility.V1.EligibilityService.Descriptor,
            Clearance.V1.ClearanceService.Descriptor,
        }
        .SelectMany(service => service.Methods)
        .Select(method => (Method: method, Rule: method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)))
        .Where(route => route.Rule is not null)
        .Select(route => (route.Method, route.Rule!))
        .ToList();
}
