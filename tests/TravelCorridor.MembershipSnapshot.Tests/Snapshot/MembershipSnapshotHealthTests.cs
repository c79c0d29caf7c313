using Microsoft.Extensions.Diagnostics.HealthChecks;
using TravelCorridor.Membership.V1;
using static TravelCorridor.MembershipSnapshot.Tests.Snapshot.Changes;

namespace TravelCorridor.MembershipSnapshot.Tests.Snapshot;

public sealed class MembershipSnapshotHealthTests
{
    private readonly MembershipSnapshot snapshot = new();

    private Task<HealthCheckResult> CheckAsync() =>
        new MembershipSnapshotHealthCheck(snapshot).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Before_the_first_load_the_snapshot_is_degraded_so_the_node_keeps_serving_its_other_services()
    {
        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("membership snapshot not loaded yet", result.Description);
    }

    [Fact]
    public async Task Following_membership_the_snapshot_is_healthy()
    {
        snapshot.Publish(Loaded(Member("SG", 1)).Apply(Watched(4, Member("SG", 2)), Joined));
        snapshot.MarkConnected();

        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("current at sequence 4", result.Description);
    }

    [Fact]
    public async Task Cut_off_from_membership_it_is_degraded_and_says_since_when_and_which_sequence_it_serves()
    {
        snapshot.Publish(Loaded(Member("SG", 1)).Apply(Watched(9, Member("SG", 2)), Joined));
        snapshot.MarkConnected();
        var lost = new DateTimeOffset(2026, 3, 1, 8, 30, 15, 250, TimeSpan.Zero);
        snapshot.MarkUnreachable(lost);
        snapshot.MarkUnreachable(lost.AddMinutes(1)); // a further failed attempt does not move "since"

        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal("membership unreachable since 2026-03-01T08:30:15.250Z; serving sequence 9", result.Description);
        Assert.Equal(lost, snapshot.Current.ConfirmedAt);
        Assert.True(snapshot.FindMember("SG")!.IsActive);
    }

    [Fact]
    public async Task Waiting_for_a_sequence_completes_once_a_view_reaches_it()
    {
        var waiting = snapshot.WaitForSequenceAsync(2);
        snapshot.Publish(Loaded(Member("SG", 1)).Apply(Watched(1, Member("SG", 2)), Joined));
        Assert.False(waiting.IsCompleted);

        snapshot.Publish(snapshot.Current.Apply(Watched(2, Member("SG", 3, MemberStateStatus.Suspended)), Joined));

        var view = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, view.Sequence);
    }
}
