using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Replication;

/// <summary>A rule set published on its member's node reaches every other node through the broker, byte for byte.</summary>
[Collection(BrokerCollection.Name)]
public sealed class RuleSetReplicationTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task A_rule_set_published_on_SG_is_served_by_VN_exactly_as_signed_and_streamed_to_VNs_watchers()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        using var watching = new CancellationTokenSource(TwoNodes.Deadline);
        using var watch = nodes.VnRules.WatchRuleSets(new WatchRuleSetsRequest(), cancellationToken: watching.Token);
        var validFrom = TwoNodes.MinutesFromNow(1);
        var signed = nodes.SignedSet(1, validFrom);

        var published = await nodes.PublishOnSgAsync(signed);

        var active = await ActiveOnVnAsync(nodes, validFrom);
        Assert.Equal(signed, active.SignedRuleSet);
        Assert.Equal(published, active);
        Assert.Equal("SG", active.PublishedBy);
        Assert.True(await watch.ResponseStream.MoveNext(watching.Token));
        Assert.Equal(published, watch.ResponseStream.Current.RuleSet);
    }

    [Fact]
    public async Task VN_applies_a_rule_set_that_was_in_the_broker_when_SGs_node_stopped()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        // VN is down too, so the set can only come from its queue on the broker, after SG is gone.
        await nodes.Vn.StopAsync();
        var validFrom = TwoNodes.MinutesFromNow(1);
        var signed = nodes.SignedSet(1, validFrom);
        await nodes.PublishOnSgAsync(signed);
        await Eventually.Until(async () => await nodes.Sg.UnsentOutboxAsync<EligibilityDbContext>() == 0, TwoNodes.Deadline);
        await nodes.Sg.StopAsync();

        await nodes.StartVnAgainAsync();

        var active = await ActiveOnVnAsync(nodes, validFrom);
        Assert.Equal(1, active.Version);
        Assert.Equal(signed, active.SignedRuleSet);
    }

    /// <summary>The set VN has in force at <paramref name="at"/>, once it has one.</summary>
    private static async Task<RuleSet> ActiveOnVnAsync(TwoNodes nodes, DateTimeOffset at)
    {
        RuleSet? active = null;
        await Eventually.Until(async () =>
        {
            try
            {
                active = (await nodes.VnRules.GetActiveRuleSetAsync(
                    new GetActiveRuleSetRequest { Member = "SG", Time = Timestamp.FromDateTimeOffset(at) })).RuleSet;
                return true;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, TwoNodes.Deadline);
        return active!;
    }
}
