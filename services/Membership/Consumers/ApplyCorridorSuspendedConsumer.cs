using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Suspends a corridor in this node's replica after either member suspended it elsewhere.</summary>
public sealed class ApplyCorridorSuspendedConsumer(ReplicaWriter replica) : IConsumer<CorridorSuspended>
{
    public Task Consume(ConsumeContext<CorridorSuspended> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyCorridorSuspendedConsumer),
            (db, ct) => ReplicaUpserts.CorridorVersion(db, e.CorridorId, ct),
            db =>
            {
                var corridor = ReplicaUpserts.Corridor(db, e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays);
                corridor.Status = CorridorStatus.Suspended;
                corridor.StatusReason = e.Reason;
                corridor.StatusChangedAt = e.OccurredAt;
                corridor.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
