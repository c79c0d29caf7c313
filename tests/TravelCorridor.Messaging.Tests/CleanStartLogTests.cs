using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>
/// An operator reads a node's start-up log for trouble: a node that starts cleanly, with its broker, logs no
/// <c>fail:</c> line and no stack trace while it migrates, connects and becomes healthy (it used to log a dozen).
/// </summary>
public sealed class CleanStartLogTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    [Fact]
    public async Task A_node_that_starts_cleanly_with_its_broker_logs_no_failure_and_no_stack_trace()
    {
        string log;
        await using (var node = await NodeProcess.StartAsync("SG", "membership,eligibility,clearance", new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            // The operator's view: the node's own defaults (appsettings.json), not the quieter test settings.
            ["Logging:LogLevel:Default"] = "Information",
        }))
        {
            // The console log is written asynchronously: wait until it has caught up with the start.
            await Eventually.Until(() => Task.FromResult(node.ConsoleLog.Contains("Application started", StringComparison.Ordinal)), TimeSpan.FromSeconds(30));
            log = node.ConsoleLog;
        }

        var lines = log.Split('\n');
        Assert.Contains(lines, l => l.Contains("Now listening", StringComparison.Ordinal) || l.Contains("Application started", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" crit: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }
}
