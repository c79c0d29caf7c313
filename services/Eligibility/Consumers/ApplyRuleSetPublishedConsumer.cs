using MassTransit;
using Microsoft.Extensions.Options;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Persistence;

namespace TravelCorridor.Eligibility.Consumers;

/// <summary>
/// Stores a rule set another node published, once this node has verified it against its own trust list
/// (<see cref="ReceivedRuleSetCheck"/>). A refused set changes nothing: the node keeps what it had. Each
/// version is its own row, so versions arriving out of order all land and the one in force is chosen
/// when asked; a duplicate is a no-op.
/// </summary>
public sealed class ApplyRuleSetPublishedConsumer(ReplicaWriter<EligibilityDbContext> replica, ReceivedRuleSetCheck check,
    IOptions<NodeOptions> node) : IConsumer<RuleSetPublished>
{
    public async Task Consume(ConsumeContext<RuleSetPublished> context)
    {
        var change = context.Message;
        // This node's own sets come back through the broker: it checked them when they were published, and
        // the replica writer only marks them seen. (One claiming this origin falsely changes nothing either.)
        var own = change.Origin == node.Value.Member;
        if (own || await check.AcceptAsync(change, nameof(ApplyRuleSetPublishedConsumer), context.CancellationToken))
        {
            await replica.ApplyAsync<RuleSetPublished, StoredRuleSet>(change, nameof(ApplyRuleSetPublishedConsumer), RuleSetState.Of,
                context.CancellationToken);
        }
    }
}
