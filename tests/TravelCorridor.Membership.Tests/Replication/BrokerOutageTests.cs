using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

public sealed class BrokerOutageTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Changes_made_while_the_broker_is_down_all_arrive_once_when_it_returns()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        var admin = sg.As(CorridorRoles.CorridorAdmin);

        await broker.StopAsync();
        foreach (var code in new[] { "BN", "KH", "LA" })
        {
            await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = code, Reason = "outage" }, admin);
            await sg.Membership.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = code, Reason = "outage over" }, admin);
        }
        await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "BN", Reason = "final" }, admin);
        Assert.Equal(7, await sg.UnsentOutboxAsync());

        await broker.StartAsync();
        await Eventually.Until(async () => await vn.ChangesFromAsync("SG") >= 7, Deadline);

        var bn = (await vn.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "BN" })).MemberState;
        Assert.Equal(MemberStateStatus.Suspended, bn.Status);
        Assert.Equal("final", bn.StatusReason);
        Assert.Equal(4, bn.Version);
        Assert.Equal(0, await sg.UnsentOutboxAsync());
        Assert.Equal(7, await vn.ChangesFromAsync("SG"));
    }
}
