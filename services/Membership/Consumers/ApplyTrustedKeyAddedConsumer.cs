using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Adds a key another member published to this node's trust list.</summary>
public sealed class ApplyTrustedKeyAddedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<TrustedKeyAdded>
{
    public Task Consume(ConsumeContext<TrustedKeyAdded> context) =>
        replica.ApplyAsync<TrustedKeyAdded, TrustedKey>(context.Message, nameof(ApplyTrustedKeyAddedConsumer), MembershipState.Of, context.CancellationToken);
}
