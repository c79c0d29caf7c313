using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Replication;

/// <summary>
/// Versions may reach a node in any order (federated brokers, a node catching up): each is stored, and the
/// one in force is chosen by validFrom when asked. The versions go straight to the broker's exchange, so
/// the test decides the order.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class OutOfOrderRuleSetTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task Version_3_arriving_before_version_2_leaves_VN_with_both_each_in_force_from_its_validFrom()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var (v2From, v3From) = (TwoNodes.MinutesFromNow(60), TwoNodes.MinutesFromNow(120));
        var (v2, v3) = (nodes.SignedSet(2, v2From), nodes.SignedSet(3, v3From, stayDays: 21));

        await nodes.DeliverAsync(TwoNodes.Announcement(v3, 3, v3From, nodes.Singapore.KeyId));
        await nodes.DeliverAsync(TwoNodes.Announcement(v2, 2, v2From, nodes.Singapore.KeyId));

        await Eventually.Until(async () => (await nodes.VersionsOnVnAsync()).Length == 2, TwoNodes.Deadline);
        Assert.Equal(new long[] { 3, 2 }, await nodes.VersionsOnVnAsync());
        Assert.Equal(v2, (await ActiveOnVnAsync(nodes, v2From.AddMinutes(30))).SignedRuleSet);
        Assert.Equal(v3, (await ActiveOnVnAsync(nodes, v3From)).SignedRuleSet);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => ActiveOnVnAsync(nodes, v2From.AddSeconds(-1)), "NO_ACTIVE_RULE_SET");
    }

    [Fact]
    public async Task A_rule_set_event_delivered_twice_changes_nothing_the_second_time()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var change = await nodes.DeliveredToVnAsync();
        var first = await nodes.LatestOnVnAsync();

        await nodes.DeliverAsync(change);

        await Eventually.Until(() => nodes.VnLogs.Lines.Any(l => l.Contains($"RuleSetPublished {change.EventId} was handled before; ignored",
            StringComparison.Ordinal)), TwoNodes.Deadline);
        Assert.Equal(first, await nodes.LatestOnVnAsync());
        Assert.Equal(new long[] { 1 }, await nodes.VersionsOnVnAsync());
        Assert.Equal(1, await nodes.ConsumedOnVnAsync("applied"));
    }

    private static async Task<RuleSet> ActiveOnVnAsync(TwoNodes nodes, DateTimeOffset at) =>
        (await nodes.VnRules.GetActiveRuleSetAsync(new GetActiveRuleSetRequest { Member = "SG", Time = Timestamp.FromDateTimeOffset(at) })).RuleSet;
}
