using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace TravelCorridor.Hosting.Modules;

/// <summary>
/// Gives each running module its own entry in <c>grpc.health.v1</c>: <c>Check(service: "membership")</c>
/// answers from that module's checks (those tagged with its name); a module this node does not run
/// answers NOT_FOUND, so health tells which services run here. The empty name covers every check.
/// </summary>
public static class ModuleHealth
{
    public static IServiceCollection AddModuleHealth(this IServiceCollection services, IEnumerable<string> moduleNames)
    {
        var names = moduleNames.ToList();
        services.Configure<GrpcHealthChecksOptions>(o =>
        {
            foreach (var name in names)
            {
                o.Services.Map(name, registration => registration.Tags.Contains(name));
            }
        });
        return services;
    }
}
