using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Applies a suspension or reinstatement made on another node.</summary>
public sealed class ApplyMemberStateStatusChangedConsumer(ReplicaWriter replica) : IConsumer<MemberStateStatusChanged>
{
    public Task Consume(ConsumeContext<MemberStateStatusChanged> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyMemberStateStatusChangedConsumer),
            (db, ct) => ReplicaUpserts.MemberVersion(db, e.Code, ct),
            db =>
            {
                var member = ReplicaUpserts.Member(db, e.Code, e.Name);
                member.Status = MembershipEvents.Parse<MemberStatus>(e.Status);
                member.StatusReason = e.Reason;
                member.StatusChangedAt = e.OccurredAt;
                member.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
