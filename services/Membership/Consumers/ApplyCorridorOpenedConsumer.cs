using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Opens a corridor accepted on another node in this node's replica.</summary>
public sealed class ApplyCorridorOpenedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<CorridorOpened>
{
    public Task Consume(ConsumeContext<CorridorOpened> context) =>
        replica.ApplyAsync<CorridorOpened, Corridor>(context.Message, nameof(ApplyCorridorOpenedConsumer), MembershipState.Of, context.CancellationToken);
}
