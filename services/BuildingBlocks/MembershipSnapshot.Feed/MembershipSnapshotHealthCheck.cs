using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Healthy while the snapshot follows membership; Degraded, never Unhealthy, otherwise. The node still
/// serves its other services and the last known membership, and an Unhealthy node would be restarted
/// or taken out of rotation, which cannot bring membership back. (grpc.health.v1 reports Degraded as
/// SERVING; the <c>…_connected</c> gauge and this check's description tell the difference.)
/// </summary>
internal sealed class MembershipSnapshotHealthCheck(MembershipSnapshot snapshot) : IHealthCheck
{
    public const string Name = "membership-snapshot";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var view = snapshot.Current;
        var status = snapshot.Status;
        var data = new Dictionary<string, object> { ["sequence"] = view.Sequence, ["connected"] = status.Connected };
        var result = (view.IsLoaded, status) switch
        {
            (true, { Connected: true }) => HealthCheckResult.Healthy($"current at sequence {view.Sequence}", data),
            (true, { UnreachableSince: { } since }) =>
                HealthCheckResult.Degraded($"membership unreachable since {Format(since)}; serving sequence {view.Sequence}", data: data),
            (false, { UnreachableSince: { } since }) =>
                HealthCheckResult.Degraded($"membership unreachable since {Format(since)}; nothing loaded yet", data: data),
            _ => HealthCheckResult.Degraded("membership snapshot not loaded yet", data: data),
        };
        return Task.FromResult(result);
    }

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
