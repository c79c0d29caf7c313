using MassTransit;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Eligibility.Consumers;

/// <summary>
/// Stores a rule set another node published, once this node has verified it against its own trust list
/// (<see cref="ReceivedRuleSetCheck"/>). A refused set changes nothing: the node keeps what it had. Each
/// version is its own row, so versions arriving out of order all land and the one in force is chosen
/// when asked. The replica writer asks the check only for a set it has not handled before and not of this
/// node's own (which it checked when it was published here).
/// </summary>
public sealed class ApplyRuleSetPublishedConsumer(ReplicaWriter<EligibilityDbContext> replica, ReceivedRuleSetCheck check, MessagingMetrics metrics)
    : IConsumer<RuleSetPublished>
{
    public Task Consume(ConsumeContext<RuleSetPublished> context) =>
        replica.ApplyAsync<RuleSetPublished, StoredRuleSet>(context.Message, nameof(ApplyRuleSetPublishedConsumer), RuleSetState.Of,
            context.CancellationToken, AcceptAsync);

    private async Task<bool> AcceptAsync(RuleSetPublished change, CancellationToken cancellationToken)
    {
        var accepted = await check.AcceptAsync(RuleSetState.Of(change).ToPublished(), $"{change.Origin} (event {change.EventId})", cancellationToken);
        if (!accepted)
        {
            metrics.Consumed(nameof(ApplyRuleSetPublishedConsumer), ConsumeOutcome.Refused);
        }
        return accepted;
    }
}
