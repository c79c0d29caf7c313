using TravelCorridor.Type.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

public sealed class ReplicationTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Changes_on_the_SG_node_reach_the_VN_replica_through_the_broker()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");

        await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "MY", Reason = "replication" },
            sg.As(CorridorRoles.CorridorAdmin));
        await sg.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "VN", MaxStayDays = 14, Purposes = { TravelPurpose.Official },
        }, sg.As(CorridorRoles.MemberAdmin, "SG"));
        await sg.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-node-1"), sg.As(CorridorRoles.MemberAdmin, "SG"));

        await Eventually.Until(async () =>
            (await vn.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "MY" })).MemberState.Status == MemberStateStatus.Suspended
            && (await vn.Membership.ListCorridorsAsync(new ListCorridorsRequest())).Corridors.Any(c => c.CorridorId == "SG-VN")
            && (await vn.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG" })).TrustedKeys.Count == 1, Deadline);

        // The partner accepts on its own node; the proposer's node learns the corridor is open.
        await vn.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "SG-VN", AcceptingMember = "VN" },
            vn.As(CorridorRoles.MemberAdmin, "VN"));
        await Eventually.Until(async () =>
            (await sg.Membership.GetCorridorAsync(new GetCorridorRequest { CorridorId = "SG-VN" })).Corridor.Status == CorridorStatus.Open,
            Deadline);

        var replicated = await vn.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "MY" });
        Assert.Equal("replication", replicated.MemberState.StatusReason);
        Assert.Equal(2, replicated.MemberState.Version);
        Assert.Equal(0, await sg.UnsentOutboxAsync());
        Assert.Equal(3, await vn.ChangesFromAsync("SG"));
    }
}
