using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Hosting.Health;

/// <summary>
/// Fills the health cache as soon as the node listens, then every quarter second until no check is
/// unhealthy (for one refresh period at most); the periodic refresh carries on from there. The
/// periodic refresh alone counts its first delay from its own start, before the schema is created
/// and the bus started, so its first run finds them down and a ready node would answer NOT_SERVING
/// for up to a whole period.
/// </summary>
internal sealed class StartupHealthCheck(
    HealthCheckService checks,
    IEnumerable<IHealthCheckPublisher> publishers,
    IHostApplicationLifetime lifetime,
    IOptions<HealthOptions> options,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await StartedAsync(stoppingToken);
        var started = time.GetTimestamp();
        while (true)
        {
            var report = await checks.CheckHealthAsync(stoppingToken);
            foreach (var publisher in publishers)
            {
                await publisher.PublishAsync(report, stoppingToken);
            }
            if (report.Status != HealthStatus.Unhealthy || time.GetElapsedTime(started) >= options.Value.RefreshPeriod)
            {
                return;
            }
            await Task.Delay(RetryInterval, time, stoppingToken);
        }
    }

    private async Task StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
