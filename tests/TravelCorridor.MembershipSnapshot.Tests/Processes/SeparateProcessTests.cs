using Grpc.Health.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using Xunit.Abstractions;

namespace TravelCorridor.MembershipSnapshot.Tests.Processes;

/// <summary>
/// Membership in one node process (A), a snapshot in another (B) that reads it over gRPC, both seen
/// only from outside: B's <c>/metrics</c> and health. For now B is a node running membership with its
/// own database, reading its snapshot from A instead of itself; once eligibility exists, B runs
/// <c>--services eligibility</c> instead and this test keeps its shape.
/// </summary>
public sealed class SeparateProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_snapshot_in_another_process_follows_membership_serves_its_last_state_while_membership_is_down_and_resumes()
    {
        await using var a = await NodeProcess.StartAsync("SG", "membership");
        await using var b = await NodeProcess.StartAsync("VN", "membership", new Dictionary<string, string>
        {
            ["Services:Membership:Address"] = a.Address.ToString(),
            // Keeps the test short: A is down for seconds, not minutes.
            ["Services:Membership:MaxReconnectDelay"] = "00:00:01",
        });
        try
        {
            await GaugeReaches(b, "active_members", 11);
            Assert.Equal(1, await Gauge(b, "connected"));

            // (a) A change on A reaches B's snapshot, not B's own database.
            await a.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "VN", Reason = "council decision" },
                a.As(CorridorRoles.CorridorAdmin));
            var suspendedAt = await SequenceOfVnChange(a, MemberStateStatus.Suspended);
            await GaugeReaches(b, "active_members", 10);
            await GaugeReaches(b, "sequence", suspendedAt);
            Assert.Equal(MemberStateStatus.Active,
                (await b.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "VN" })).MemberState.Status);

            // (b) A dies: B keeps serving the last state it saw, and says it is cut off.
            await a.KillAsync();
            await GaugeReaches(b, "connected", 0);
            Assert.Equal(10, await Gauge(b, "active_members"));
            Assert.Equal(suspendedAt, await Gauge(b, "sequence"));
            Assert.True(await Gauge(b, "age_seconds") > 0);
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, await b.HealthAsync());

            // (c) A comes back on the same port and data: B resumes after its last sequence, and the next change arrives.
            await a.StartAsync();
            await GaugeReaches(b, "connected", 1);
            // The gauge flips before the reconnection line reaches B's console: wait for the line, do not race it.
            await Eventually.Until(() => b.ConsoleLog.Contains($"resuming after sequence {suspendedAt}"), TimeSpan.FromSeconds(10));
            await a.Membership.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = "VN", Reason = "reinstated" },
                a.As(CorridorRoles.CorridorAdmin));
            var reinstatedAt = await SequenceOfVnChange(a, MemberStateStatus.Active);
            Assert.True(reinstatedAt > suspendedAt);
            await GaugeReaches(b, "active_members", 11);
            await GaugeReaches(b, "sequence", reinstatedAt);
        }
        finally
        {
            // Both consoles, to see what the nodes made of it when something fails.
            output.WriteLine($"--- A ---\n{a.ConsoleLog}\n--- B ---\n{b.ConsoleLog}");
        }
    }

    private static async Task<double?> Gauge(NodeProcess node, string name) =>
        PrometheusText.Value(await node.ScrapeMetricsAsync(), $"travelcorridor_membership_snapshot_{name}");

    private static Task GaugeReaches(NodeProcess node, string name, double value) =>
        Eventually.Until(async () => await Gauge(node, name) == value, Patience, description: $"{node.Member}'s {name} gauge reaches {value}");

    /// <summary>Where the change to VN with <paramref name="status"/> sits in the node's change log, read from its watch stream.</summary>
    private static async Task<long> SequenceOfVnChange(NodeProcess node, MemberStateStatus status)
    {
        using var deadline = new CancellationTokenSource(Patience);
        using var watch = node.Membership.WatchMembership(new WatchMembershipRequest(), cancellationToken: deadline.Token);
        while (await watch.ResponseStream.MoveNext(deadline.Token))
        {
            if (watch.ResponseStream.Current.MemberState is { Code: "VN" } member && member.Status == status)
            {
                return watch.ResponseStream.Current.Sequence;
            }
        }
        throw new InvalidOperationException("The watch stream ended before the change to VN.");
    }
}
