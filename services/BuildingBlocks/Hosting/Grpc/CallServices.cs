using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// Per-call services for a gRPC service that is itself one instance for every call (a singleton): building
/// a service and its dependencies for each call costs a share of a small call, so only the handlers that
/// need a per-call service (a database context) take it from the call's scope.
/// </summary>
public static class CallServices
{
    public static T Scoped<T>(this ServerCallContext context) where T : notnull =>
        context.GetHttpContext().RequestServices.GetRequiredService<T>();
}
