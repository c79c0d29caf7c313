using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TravelCorridor.Hosting.Observability;

/// <summary>
/// Traces and metrics of ASP.NET Core, gRPC and MassTransit, tagged with the node's member code.
/// Metrics are scraped from <c>/metrics</c> (Prometheus text format); when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, metrics also go to that OTLP collector, and so do traces, which are recorded only then.
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddCorridorTelemetry(this IServiceCollection services, IConfiguration configuration, string member)
    {
        var exportsOtlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("corridor-node", serviceInstanceId: member)
                .AddAttributes([new("travelcorridor.member", member)]))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter("TravelCorridor.*")
                .AddPrometheusExporter());
        if (exportsOtlp)
        {
            // Spans are recorded only when they have somewhere to go: without a collector every request and
            // every published event built a span, with its tags, for nobody (a few per cent of a decision's CPU).
            telemetry.WithTracing(t => t
                    .AddAspNetCoreInstrumentation()
                    .AddGrpcClientInstrumentation()
                    .AddSource("MassTransit"))
                .UseOtlpExporter();
        }
        return services;
    }
}
