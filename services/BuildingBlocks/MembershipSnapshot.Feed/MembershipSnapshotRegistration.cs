using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Gives a node a membership snapshot: the typed membership client (to <c>Services:Membership:Address</c>,
/// by default this node itself), the feeder that keeps the snapshot current, its health check and gauges.
/// </summary>
public static class MembershipSnapshotRegistration
{
    public static WebApplicationBuilder AddMembershipSnapshot(this WebApplicationBuilder builder)
    {
        Validate(builder.Configuration.GetSection(MembershipSnapshotOptions.Section).Get<MembershipSnapshotOptions>() ?? new());
        var services = builder.Services;
        services.AddOptions<MembershipSnapshotOptions>().BindConfiguration(MembershipSnapshotOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MembershipAddress>();
        services.AddSingleton<MembershipSnapshot>();
        services.AddSingleton<IMembershipSnapshot>(sp => sp.GetRequiredService<MembershipSnapshot>());
        services.AddSingleton<SnapshotTrustedKeys>();
        services.AddSingleton<MembershipSnapshotMetrics>();
        // Before the feeder: the view saved at the last run is in place when the feeder first looks.
        services.AddHostedService<MembershipSnapshotFile>();
        services.AddHostedService<MembershipFeeder>();
        services.AddHealthChecks().AddCheck<MembershipSnapshotHealthCheck>(MembershipSnapshotHealthCheck.Name);

        // Evaluated when the first client is created, after start: only then is the node's own port known.
        services.AddGrpcClient<MembershipService.MembershipServiceClient>((sp, o) => o.Address = sp.GetRequiredService<MembershipAddress>().Resolve())
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The watch stream is quiet for hours; pings find a peer that vanished without closing it.
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                EnableMultipleHttp2Connections = true,
            })
            // The feeder logs an outage once, with its reason; per-request lines from HttpClient and a failed-call
            // line from gRPC at every reconnection attempt would drown that.
            .RemoveAllLoggers()
            .ConfigureChannel(o => o.LoggerFactory = NullLoggerFactory.Instance);
        return builder;
    }

    private static void Validate(MembershipSnapshotOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Address) &&
            !(Uri.TryCreate(options.Address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new ArgumentException($"{MembershipSnapshotOptions.Section}:Address must be an http:// or https:// address such as http://127.0.0.1:5080, got '{options.Address}'.");
        }
        if (options.MinReconnectDelay <= TimeSpan.Zero || options.MaxReconnectDelay < options.MinReconnectDelay)
        {
            throw new ArgumentException($"{MembershipSnapshotOptions.Section}: MinReconnectDelay must be positive and at most MaxReconnectDelay.");
        }
    }
}
