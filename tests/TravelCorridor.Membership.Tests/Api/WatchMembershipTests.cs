using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Tests.Api;

public sealed class WatchMembershipTests
{
    [Fact]
    public async Task A_watcher_sees_changes_live_and_resumes_after_its_last_sequence()
    {
        await using var node = await Testing.NodeHost.StartAsync("SG");
        var admin = node.As(CorridorRoles.CorridorAdmin);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using (var watch = node.Membership.WatchMembership(new WatchMembershipRequest(), cancellationToken: timeout.Token))
        {
            await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "PH", Reason = "one" }, admin);
            Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
            var first = watch.ResponseStream.Current;
            Assert.Equal("MemberStateStatusChanged", first.EventType);
            Assert.Equal("SG", first.Origin);
            Assert.Equal(MemberStateStatus.Suspended, first.MemberState.Status);

            await node.Membership.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = "PH", Reason = "two" }, admin);
            Assert.True(await watch.ResponseStream.MoveNext(timeout.Token));
            Assert.Equal(first.Sequence + 1, watch.ResponseStream.Current.Sequence);
        }

        // Disconnected: a change happens, then the client resumes from the last sequence it saw.
        await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "PH", Reason = "three" }, admin);
        using var resumed = node.Membership.WatchMembership(new WatchMembershipRequest { AfterSequence = 2 }, cancellationToken: timeout.Token);
        Assert.True(await resumed.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(3, resumed.ResponseStream.Current.Sequence);
        Assert.Equal("three", resumed.ResponseStream.Current.MemberState.StatusReason);
    }

    [Fact]
    public async Task A_negative_sequence_is_an_invalid_argument()
    {
        await using var node = await Testing.NodeHost.StartAsync("SG");
        using var watch = node.Membership.WatchMembership(new WatchMembershipRequest { AfterSequence = -1 });
        var error = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_start_after_the_end_of_the_log_is_a_failed_precondition_naming_the_last_sequence()
    {
        await using var node = await Testing.NodeHost.StartAsync("SG");
        await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "PH", Reason = "one" }, node.As(CorridorRoles.CorridorAdmin));

        // A watcher that followed a log this node no longer has: its database was recreated or restored.
        using var watch = node.Membership.WatchMembership(new WatchMembershipRequest { AfterSequence = 40 });
        var error = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var info = error.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>();
        Assert.Equal("AFTER_SEQUENCE_AHEAD_OF_LOG", info?.Reason);
        Assert.Equal("1", info?.Metadata["latest_sequence"]);
    }
}
