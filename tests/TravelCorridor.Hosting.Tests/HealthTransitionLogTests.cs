using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using TravelCorridor.Hosting.Health;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>Health is logged as changes, once each: nothing while starting, a warning when it breaks, a line when it heals.</summary>
public sealed class HealthTransitionLogTests
{
    [Fact]
    public async Task A_check_is_silent_while_starting_then_warns_once_when_it_breaks_and_says_when_it_is_back()
    {
        using var capture = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Information));
        var log = new HealthTransitionLog(factory.CreateLogger<HealthTransitionLog>());

        foreach (var status in new[] { HealthStatus.Unhealthy, HealthStatus.Unhealthy, HealthStatus.Healthy, HealthStatus.Healthy,
            HealthStatus.Unhealthy, HealthStatus.Unhealthy, HealthStatus.Degraded, HealthStatus.Healthy })
        {
            await log.PublishAsync(Report(status), CancellationToken.None);
        }

        Assert.Equal(
            ["Health check masstransit-bus is Unhealthy: broker unreachable", "Health check masstransit-bus is Degraded: broker unreachable",
                "Health check masstransit-bus is healthy"],
            capture.Lines.Select(l => l[(l.IndexOf("Health check", StringComparison.Ordinal))..]));
        Assert.Equal(2, capture.Warnings.Count);
    }

    private static HealthReport Report(HealthStatus status) => new(
        new Dictionary<string, HealthReportEntry>
        {
            ["masstransit-bus"] = new(status, status == HealthStatus.Healthy ? null : "broker unreachable", TimeSpan.Zero, null, null),
        }, TimeSpan.Zero);
}
