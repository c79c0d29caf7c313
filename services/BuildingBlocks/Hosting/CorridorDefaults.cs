using Grpc.AspNetCore.Web;
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

    /// <summary>
    /// The default HTTP/1.1 address (REST/JSON, gRPC-Web, OpenAPI), used only when neither <c>--urls</c> nor
    /// <c>Node:HttpUrls</c> is given: a node started with addresses of its own gets no second port it did not ask for.
    /// </summary>
    public const string DefaultHttpUrl = "http://127.0.0.1:5081";

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
        }).AddCorridorHttpApi();
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
        // After the body check, which reads binary gRPC-Web as it reads gRPC (the same frames) and leaves
        // gRPC-Web text alone: once translated, a text body can be read only once, by gRPC.
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        // The same checks for probes that speak no gRPC: 200 Healthy, 503 otherwise (corridor-node health uses it).
        app.MapHealthChecks(HealthPath);
        app.MapGrpcService<DiagnosticsGrpcService>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapCorridorOpenApi();
        return app;
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            // The operator chose every endpoint and its protocols; without TLS an endpoint serves h2c only when
            // it is Http2-only, and HTTP/1.1 clients (REST/JSON, gRPC-Web) need an Http1 endpoint of their own.
            builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l => l.Protocols = HttpProtocols.Http2));
            return;
        }
        var grpcUrls = builder.Configuration["urls"] is { Length: > 0 } urls ? urls : DefaultUrl;
        var httpUrls = builder.Configuration[$"{NodeOptions.Section}:{nameof(NodeOptions.HttpUrls)}"]
            ?? (grpcUrls == DefaultUrl ? DefaultHttpUrl : "");
        // Without TLS, Kestrel serves HTTP/2 (h2c, as gRPC clients speak it) only on an HTTP/2-only endpoint and
        // cannot tell h2c from HTTP/1.1 on one port: so gRPC gets its ports and HTTP/1.1 clients theirs.
        var http1Ports = ListenAddresses.Ports(httpUrls);
        builder.WebHost.ConfigureKestrel(k => k.ConfigureEndpointDefaults(l =>
            l.Protocols = l.IPEndPoint is { } endpoint && http1Ports.Contains(endpoint.Port) ? HttpProtocols.Http1 : HttpProtocols.Http2));
        var all = string.IsNullOrWhiteSpace(httpUrls) ? grpcUrls : $"{grpcUrls};{httpUrls}";
        builder.WebHost.UseUrls(all);
        ListenAddresses.EnsureFree(all);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Health changes are logged once each by HealthTransitionLog, not as an error on every unhealthy run.
        builder.Logging.AddFilter(HealthTransitionLog.ReplacedCategory, LogLevel.None);
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
