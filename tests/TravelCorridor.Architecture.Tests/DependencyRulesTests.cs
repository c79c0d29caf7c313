using System.Reflection;
using NetArchTest.Rules;

namespace TravelCorridor.Architecture.Tests;

/// <summary>
/// What each part of the code may depend on, read from the compiled assemblies (types, signatures and method
/// bodies), so a change that breaks a rule fails the suite with the types that break it. See
/// docs/architecture.md for the whole picture.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Kernel = typeof(Kernel.MemberCode).Assembly;

    /// <summary>Transport, storage and hosting: what a domain model must not know about.</summary>
    private static readonly string[] Infrastructure =
    [
        "TravelCorridor.Hosting", "TravelCorridor.Messaging", "TravelCorridor.Persistence",
        "Grpc", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit", "Npgsql",
    ];

    [Fact]
    public void The_kernel_references_nothing_but_the_runtime()
    {
        var references = Kernel.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib"))
            .ToList();

        Assert.True(references.Count == 0, $"{Kernel.GetName().Name} references {string.Join(", ", references)}");
    }

    [Fact]
    public void Membership_domain_types_know_nothing_of_transport_storage_or_hosting()
    {
        AssertNoDependency(typeof(Membership.MembershipModule).Assembly, "TravelCorridor.Membership.Domain", Infrastructure);
    }

    [Fact]
    public void Clearance_domain_types_know_nothing_of_transport_storage_or_hosting()
    {
        AssertNoDependency(typeof(Clearance.ClearanceModule).Assembly, "TravelCorridor.Clearance.Domain", Infrastructure);
    }

    private static void AssertNoDependency(Assembly assembly, string namespacePrefix, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(namespacePrefix)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful,
            $"{namespacePrefix} must not depend on {string.Join(", ", forbidden)}; these do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
