using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Records a corridor proposal made on another node, so the partner can accept it anywhere.</summary>
public sealed class ApplyCorridorProposedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<CorridorProposed>
{
    public Task Consume(ConsumeContext<CorridorProposed> context) =>
        replica.ApplyAsync<CorridorProposed, Corridor>(context.Message, nameof(ApplyCorridorProposedConsumer), MembershipState.Of, context.CancellationToken);
}
