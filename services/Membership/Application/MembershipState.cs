using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Turns a membership event back into the state of its aggregate — written once, used by the replica
/// consumers and by the change feed. Every event carries the aggregate's whole state after the change, so
/// the state depends on the event alone: whichever events a replica received before, and in whatever order,
/// it holds exactly what the origin holds at that version (the replication property tests check this).
/// </summary>
public static class MembershipState
{
    public static MemberState Of(MemberStateAdmitted e, MemberState? current) => new()
    {
        Code = e.Code, Name = e.Name, Status = MemberStatus.Active, StatusReason = "",
        AdmittedAt = e.AdmittedAt, StatusChangedAt = e.AdmittedAt, Version = e.Sequence,
    };

    public static MemberState Of(MemberStateStatusChanged e, MemberState? current) => new()
    {
        Code = e.Code, Name = e.Name, Status = MembershipEvents.Parse<MemberStatus>(e.Status), StatusReason = e.Reason,
        AdmittedAt = e.AdmittedAt, StatusChangedAt = e.OccurredAt, Version = e.Sequence,
    };

    public static Corridor Of(CorridorProposed e, Corridor? current) =>
        Corridor(e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays, CorridorStatus.Proposed, "",
            e.OccurredAt, e.OccurredAt, e.Sequence);

    public static Corridor Of(CorridorOpened e, Corridor? current) =>
        Corridor(e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays, CorridorStatus.Open, "",
            e.ProposedAt, e.OccurredAt, e.Sequence);

    public static Corridor Of(CorridorSuspended e, Corridor? current) =>
        Corridor(e.CorridorId, e.ProposingMember, e.PartnerMember, e.Purposes, e.MaxStayDays, CorridorStatus.Suspended, e.Reason,
            e.ProposedAt, e.OccurredAt, e.Sequence);

    public static TrustedKey Of(TrustedKeyAdded e, TrustedKey? current) => new()
    {
        Member = e.Member, KeyId = e.KeyId, Use = MembershipEvents.Parse<KeyUse>(e.Use), PublicKeyJwk = e.PublicKeyJwk,
        NotBefore = e.NotBefore, NotAfter = e.NotAfter, Version = e.Sequence,
    };

    public static TrustedKey Of(TrustedKeyRevoked e, TrustedKey? current) => new()
    {
        Member = e.Member, KeyId = e.KeyId, Use = MembershipEvents.Parse<KeyUse>(e.Use), PublicKeyJwk = e.PublicKeyJwk,
        NotBefore = e.NotBefore, NotAfter = e.NotAfter, Revoked = true, RevocationReason = e.Reason, RevokedAt = e.RevokedAt,
        Version = e.Sequence,
    };

    /// <summary>The state an event describes on its own (the change feed's view of one change).</summary>
    public static IVersioned Of(IIntegrationEvent change)
    {
        IVersioned state = change switch
        {
            MemberStateAdmitted e => Of(e, null),
            MemberStateStatusChanged e => Of(e, null),
            CorridorProposed e => Of(e, null),
            CorridorOpened e => Of(e, null),
            CorridorSuspended e => Of(e, null),
            TrustedKeyAdded e => Of(e, null),
            TrustedKeyRevoked e => Of(e, null),
            _ => throw new ArgumentException($"{change.GetType().Name} is not a membership event.", nameof(change)),
        };
        state.ChangedBy = change.Origin;
        return state;
    }

    private static Corridor Corridor(string id, string proposing, string partner, IEnumerable<string> purposes, int maxStayDays,
        CorridorStatus status, string reason, DateTimeOffset proposedAt, DateTimeOffset changedAt, long version) => new()
    {
        Id = id, ProposingMember = proposing, PartnerMember = partner, Purposes = purposes.ToList(), MaxStayDays = maxStayDays,
        Status = status, StatusReason = reason, ProposedAt = proposedAt, StatusChangedAt = changedAt, Version = version,
    };
}
