using Grpc.Core;
using Microsoft.Extensions.Logging;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>What an anonymous caller sends never reaches the log unbounded or unescaped.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Oversized_and_multi_line_values_leave_only_short_single_line_log_entries()
    {
        var log = new LogCapture();
        // The node's own appsettings log gRPC at Information: the level at which gRPC reports every error status.
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            addMore: b => b.Logging.AddProvider(log));

        foreach (var code in new[] { new string('A', 60_000), new string('B', 1_000_000), "SG\nINFO forged entry" })
        {
            await Assert.ThrowsAsync<RpcException>(() => node.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = code }).ResponseAsync);
        }
        await node.StopAsync();

        Assert.Contains(log.Lines, l => l.Contains("InvalidArgument", StringComparison.Ordinal));
        Assert.All(log.Lines, l => Assert.True(l.Length < 2_000, $"a log entry of {l.Length} characters: {l[..Math.Min(200, l.Length)]}…"));
        Assert.DoesNotContain(log.Lines, l => l.Contains("\nINFO forged", StringComparison.Ordinal));
    }
}
