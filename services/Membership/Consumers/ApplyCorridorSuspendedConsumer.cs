using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Suspends a corridor in this node's replica after either member suspended it elsewhere.</summary>
public sealed class ApplyCorridorSuspendedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<CorridorSuspended>
{
    public Task Consume(ConsumeContext<CorridorSuspended> context) =>
        replica.ApplyAsync<CorridorSuspended, Corridor>(context.Message, nameof(ApplyCorridorSuspendedConsumer), MembershipState.Of, context.CancellationToken);
}
