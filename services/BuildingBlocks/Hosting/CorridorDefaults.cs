using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Health;
using TravelCorridor.Hosting.Observability;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;

namespace TravelCorridor.Hosting;

/// <summary>What every corridor node has, whichever services it runs.</summary>
public static class CorridorDefaults
{
    /// <summary>The default address: HTTP/2 without TLS on loopback.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Plain HTTP health (every check of the process), for container probes and scripts.</summary>
    public const string HealthPath = "/healthz";

    public static WebApplicationBuilder AddCorridorDefaults(this WebApplicationBuilder builder)
    {
        var node = builder.Configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions();
        NodeIdentity.Validate(node);
        builder.Services.AddOptions<NodeOptions>().BindConfiguration(NodeOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WritePlacement>();

        ConfigureKestrel(builder);
        ConfigureLogging(builder);

        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<ErrorMappingInterceptor>();
            o.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddCorridorHealth(builder.Configuration);
        builder.Services.AddCorridorAuthentication(builder.Configuration);
        builder.Services.AddCorridorTelemetry(builder.Configuration, node.Member);
        return builder;
    }

    public static WebApplication MapCorridorDefaults(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: only calls allowed to reach a method have their body read early.
        app.UseMiddleware<RequestMessageCheck>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        // The same checks for probes that speak no gRPC: 200 Healthy, 503 otherwise (corridor-node health uses it).
        app.MapHealthChecks(HealthPath);
        app.MapGrpcService<DiagnosticsGrpcService>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder)
    {
        // Without TLS, Kestrel can only serve HTTP/2 (h2c, as gRPC clients speak it) when the endpoint
        // is HTTP/2-only. A Prometheus endpoint on HTTP/1.1 is a second endpoint in Kestrel:Endpoints.
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l => l.Protocols = HttpProtocols.Http2));
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        ListenAddresses.EnsureFree(builder.Configuration["urls"] is { Length: > 0 } urls ? urls : DefaultUrl);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
            return;
        }
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.IncludeScopes = true;
        });
    }
}
