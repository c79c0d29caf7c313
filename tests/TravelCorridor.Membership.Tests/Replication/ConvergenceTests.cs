using TravelCorridor.Type.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Nodes that wrote during a partition (the shared broker stopped) end in the same state, field by
/// field: writes a node does not own are refused up front, and the one record with two writers (a
/// corridor) is settled the same way on every node.
/// </summary>
public sealed class ConvergenceTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_key_of_SG_cannot_be_written_on_VN_so_the_trust_lists_cannot_split()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        await broker.StopAsync();
        try
        {
            await sg.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "split-1"), sg.As(CorridorRoles.CorridorAdmin));
            var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () =>
                await vn.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "split-1"), vn.As(CorridorRoles.CorridorAdmin)),
                "WRITE_BELONGS_TO_ANOTHER_NODE");
            Assert.Contains("SG's own node", refused!.Message);
        }
        finally
        {
            await broker.StartAsync();
        }
        await Eventually.Until(async () => (await KeysAsync(vn)).Count == 1, Deadline);
        Assert.Equal(await KeysAsync(sg), await KeysAsync(vn));
    }

    [Fact]
    public async Task Member_state_status_is_written_only_on_the_secretariats_node()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        await broker.StopAsync();
        try
        {
            await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "BN", Reason = "decided by the secretariat" },
                sg.As(CorridorRoles.CorridorAdmin));
            var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () =>
                await vn.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "BN", Reason = "decided elsewhere" },
                    vn.As(CorridorRoles.CorridorAdmin)), "WRITE_BELONGS_TO_ANOTHER_NODE");
            Assert.Contains("secretariat's node (SG)", refused!.Message);
        }
        finally
        {
            await broker.StartAsync();
        }
        await Eventually.Until(async () => (await MemberAsync(vn, "BN")).Status == MemberStateStatus.Suspended, Deadline);
        Assert.Equal(await MemberAsync(sg, "BN"), await MemberAsync(vn, "BN"));
        Assert.Equal("SG", (await MemberAsync(vn, "BN")).ChangedBy);
    }

    [Fact]
    public async Task A_corridor_suspended_by_both_parties_during_a_partition_ends_the_same_on_both_nodes()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        await sg.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "VN", MaxStayDays = 14, Purposes = { TravelPurpose.EssentialBusiness },
        }, sg.As(CorridorRoles.MemberAdmin, "SG"));
        await Eventually.Until(async () => await CorridorOrNullAsync(vn) is not null, Deadline);
        await vn.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "SG-VN", AcceptingMember = "VN" },
            vn.As(CorridorRoles.MemberAdmin, "VN"));
        await Eventually.Until(async () => (await CorridorOrNullAsync(sg))?.Status == CorridorStatus.Open, Deadline);

        await broker.StopAsync();
        try
        {
            await sg.Membership.SuspendCorridorAsync(new SuspendCorridorRequest { CorridorId = "SG-VN", SuspendingMember = "SG", Reason = "suspended by SG" },
                sg.As(CorridorRoles.MemberAdmin, "SG"));
            await vn.Membership.SuspendCorridorAsync(new SuspendCorridorRequest { CorridorId = "SG-VN", SuspendingMember = "VN", Reason = "suspended by VN" },
                vn.As(CorridorRoles.MemberAdmin, "VN"));
        }
        finally
        {
            await broker.StartAsync();
        }

        // Both changes are version 3; "SG" sorts before "VN", so every node keeps SG's.
        await Eventually.Until(async () => (await CorridorOrNullAsync(vn))?.ChangedBy == "SG"
            && await SupersededAsync(sg) == 1 && await SupersededAsync(vn) == 1, Deadline);
        var onSg = await CorridorOrNullAsync(sg);
        var onVn = await CorridorOrNullAsync(vn);
        Assert.Equal(onSg, onVn);
        Assert.Equal(("suspended by SG", 3L, "SG"), (onVn!.StatusReason, onVn.Version, onVn.ChangedBy));
        foreach (var node in new[] { sg, vn })
        {
            var record = await node.QueryAsync(db => db.SupersededChanges.SingleAsync());
            Assert.Equal(("corridors:SG-VN", 3L, "VN", "SG"), (record.AggregateKey, record.Version, record.LosingOrigin, record.WinningOrigin));
        }
        // The loser was answered OK during the partition; its node now says the change was undone. (Both test
        // nodes share this process's meters, so the counter holds SG's record of the tie too.)
        Assert.True(PrometheusText.Sum(await vn.MetricsAsync(), "travelcorridor_changes_superseded_total",
            ("aggregate", "corridors"), ("losing_origin", "VN"), ("winning_origin", "SG")) >= 1);
        var seenOnVn = await WatchedVersionsAsync(vn);
        Assert.Equal([("VN", 3L), ("SG", 3L)], seenOnVn.Where(c => c.Version == 3));
    }

    private static async Task<List<TrustedKey>> KeysAsync(NodeHost node) =>
        (await node.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG", IncludeRevoked = true })).TrustedKeys.ToList();

    private static async Task<MemberState> MemberAsync(NodeHost node, string code) =>
        (await node.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = code })).MemberState;

    private static async Task<Corridor?> CorridorOrNullAsync(NodeHost node)
    {
        try
        {
            return (await node.Membership.GetCorridorAsync(new GetCorridorRequest { CorridorId = "SG-VN" })).Corridor;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>(origin, version) of every change of SG-VN a WatchMembership reader of <paramref name="node"/> sees, in order.</summary>
    private static async Task<List<(string Origin, long Version)>> WatchedVersionsAsync(NodeHost node)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var call = node.Membership.WatchMembership(new WatchMembershipRequest { AfterSequence = 0 }, cancellationToken: deadline.Token);
        var seen = new List<(string, long)>();
        var last = await node.QueryAsync(db => db.ChangeLog.MaxAsync(c => c.Sequence));
        while (await call.ResponseStream.MoveNext(deadline.Token))
        {
            var change = call.ResponseStream.Current;
            if (change.Corridor?.CorridorId == "SG-VN")
            {
                seen.Add((change.Origin, change.Corridor.Version));
            }
            if (change.Sequence >= last)
            {
                break;
            }
        }
        return seen;
    }

    private static Task<int> SupersededAsync(NodeHost node) => node.QueryAsync(db => db.SupersededChanges.CountAsync());
}
