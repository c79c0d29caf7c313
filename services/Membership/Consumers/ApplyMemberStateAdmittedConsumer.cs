using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Adds a member state admitted on another node to this node's replica.</summary>
public sealed class ApplyMemberStateAdmittedConsumer(ReplicaWriter replica) : IConsumer<MemberStateAdmitted>
{
    public Task Consume(ConsumeContext<MemberStateAdmitted> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyMemberStateAdmittedConsumer),
            (db, ct) => ReplicaUpserts.MemberVersion(db, e.Code, ct),
            db =>
            {
                var member = ReplicaUpserts.Member(db, e.Code, e.Name);
                member.Status = MemberStatus.Active;
                member.AdmittedAt = e.AdmittedAt;
                member.StatusChangedAt = e.AdmittedAt;
                member.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
