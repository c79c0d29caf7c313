using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TravelCorridor.Hosting.Observability;

/// <summary>
/// Traces and metrics of ASP.NET Core, gRPC and MassTransit, tagged with the node's member code.
/// Metrics are scraped from <c>/metrics</c> (Prometheus text format); traces and metrics also go to
/// an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddCorridorTelemetry(this IServiceCollection services, IConfiguration configuration, string member)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("corridor-node", serviceInstanceId: member)
                .AddAttributes([new("travelcorridor.member", member)]))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddGrpcClientInstrumentation()
                .AddSource("MassTransit"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter("TravelCorridor.*")
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        return services;
    }
}
