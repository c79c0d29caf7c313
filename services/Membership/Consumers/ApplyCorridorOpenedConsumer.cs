using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Opens a corridor accepted on another node in this node's replica.</summary>
public sealed class ApplyCorridorOpenedConsumer(ReplicaWriter replica) : IConsumer<CorridorOpened>
{
    public Task Consume(ConsumeContext<CorridorOpened> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyCorridorOpenedConsumer),
            (db, ct) => ReplicaUpserts.CorridorVersion(db, e.CorridorId, ct),
            db =>
            {
                var corridor = ReplicaUpserts.Corridor(db, e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays);
                corridor.Status = CorridorStatus.Open;
                corridor.StatusChangedAt = e.OccurredAt;
                corridor.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
