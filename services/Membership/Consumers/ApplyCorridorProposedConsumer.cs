using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Records a corridor proposal made on another node, so the partner can accept it anywhere.</summary>
public sealed class ApplyCorridorProposedConsumer(ReplicaWriter replica) : IConsumer<CorridorProposed>
{
    public Task Consume(ConsumeContext<CorridorProposed> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyCorridorProposedConsumer),
            (db, ct) => ReplicaUpserts.CorridorVersion(db, e.CorridorId, ct),
            db =>
            {
                var corridor = ReplicaUpserts.Corridor(db, e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays);
                corridor.Status = CorridorStatus.Proposed;
                corridor.StatusReason = "";
                corridor.ProposedAt = e.OccurredAt;
                corridor.StatusChangedAt = e.OccurredAt;
                corridor.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
