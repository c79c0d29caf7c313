using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Hosting.Health;

/// <summary>
/// Logs each health check's changes, once each: a warning when a check that was healthy turns degraded or
/// unhealthy (with its description), information when it is healthy again. ASP.NET Core's own health service logs
/// an error on every unhealthy run instead — a dozen <c>fail:</c> lines while a node starts (the schema not
/// migrated yet, the bus not connected) and one every refresh period through a broker outage — so its log
/// category is silenced (CorridorDefaults) and this one speaks for it. A check that has not been healthy since the
/// node started is starting, not failing: it is logged only once it has been healthy.
/// </summary>
internal sealed class HealthTransitionLog(ILogger<HealthTransitionLog> logger) : IHealthCheckPublisher
{
    /// <summary>The category whose per-run logging this replaces.</summary>
    public const string ReplacedCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    private readonly Dictionary<string, HealthStatus> last = [];
    private readonly Lock gate = new();

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var (name, entry) in report.Entries)
            {
                var seen = last.TryGetValue(name, out var previous);
                if (seen && previous == entry.Status)
                {
                    continue;
                }
                if (entry.Status == HealthStatus.Healthy)
                {
                    if (seen)
                    {
                        logger.LogInformation("Health check {Check} is healthy", name);
                    }
                    last[name] = entry.Status;
                }
                else if (seen)
                {
                    logger.LogWarning("Health check {Check} is {Status}: {Description}", name, entry.Status,
                        entry.Description ?? entry.Exception?.Message ?? "no description");
                    last[name] = entry.Status;
                }
            }
        }
        return Task.CompletedTask;
    }
}
