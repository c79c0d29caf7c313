using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TravelCorridor.Hosting.Observability;

/// <summary>
/// Traces and metrics of ASP.NET Core, gRPC and MassTransit, tagged with the node's member code.
/// Metrics are scraped from <c>/metrics</c> (Prometheus text format).
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddCorridorTelemetry(this IServiceCollection services, string member)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("corridor-node", serviceInstanceId: member)
                .AddAttributes([new("travelcorridor.member", member)]))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddGrpcClientInstrumentation()
                .AddSource("MassTransit"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("MassTransit", "TravelCorridor")
                .AddPrometheusExporter());
        return services;
    }
}
