using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Application;

/// <summary>Builds the integration events of membership from the aggregates after a change.</summary>
public static class MembershipEvents
{
    public static MemberStateAdmitted Admitted(MemberState m, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, m.Code, m.Name, m.AdmittedAt);

    public static MemberStateStatusChanged StatusChanged(MemberState m, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, m.Code, m.Name, Name(m.Status), m.StatusReason, m.AdmittedAt);

    public static CorridorProposed Proposed(Corridor c, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, c.Id, c.ProposingMember, c.PartnerMember, c.Purposes, c.MaxStayDays);

    public static CorridorOpened Opened(Corridor c, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, c.Id, c.ProposingMember, c.PartnerMember, c.Purposes, c.MaxStayDays,
            c.ProposedAt);

    public static CorridorSuspended Suspended(Corridor c, string suspendedBy, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, c.Id, c.ProposingMember, c.PartnerMember, c.Purposes,
            c.MaxStayDays, suspendedBy, c.StatusReason, c.ProposedAt);

    public static TrustedKeyAdded KeyAdded(TrustedKey k, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, k.Member, k.KeyId, Name(k.Use), k.PublicKeyJwk, k.NotBefore, k.NotAfter);

    public static TrustedKeyRevoked KeyRevoked(TrustedKey k, EventHeader h) =>
        new(h.EventId, h.Origin, h.Sequence, h.OccurredAt, k.Member, k.KeyId, Name(k.Use), k.PublicKeyJwk, k.NotBefore,
            k.NotAfter, k.RevocationReason, k.RevokedAt ?? h.OccurredAt);

    /// <summary>Enum values travel as upper-case names (<c>SUSPENDED</c>, <c>RULES</c>).</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToUpperInvariant();

    public static TEnum Parse<TEnum>(string name) where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: true);
}
