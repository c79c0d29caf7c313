using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

public sealed class OutboxRestartTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Events_stored_while_the_broker_was_down_are_delivered_after_the_node_restarts()
    {
        var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");

        await broker.StopAsync();
        await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "TH", Reason = "before restart" },
            sg.As(CorridorRoles.CorridorAdmin));
        Assert.Equal(1, await sg.UnsentOutboxAsync());
        await sg.StopAsync();

        await broker.StartAsync();
        await using var restarted = await BrokerNodes.StartAsync(broker, "SG", sg.DataDirectory);
        await Eventually.Until(async () =>
            (await vn.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "TH" })).MemberState.Status == MemberStateStatus.Suspended,
            Deadline);
        Assert.Equal(0, await restarted.UnsentOutboxAsync());
        Assert.Equal(1, await vn.ChangesFromAsync("SG"));
    }
}
