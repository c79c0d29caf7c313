using TravelCorridor.Type.V1;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Membership.Domain;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>Converts membership aggregates to their API messages.</summary>
internal static class ProtoMapper
{
    private const string PurposePrefix = "TRAVEL_PURPOSE_";

    private static readonly Google.Protobuf.Reflection.EnumDescriptor Purposes =
        TravelPurposeReflection.Descriptor.EnumTypes.Single(e => e.Name == nameof(TravelPurpose));

    public static Proto.MemberState ToProto(this MemberState m) => new()
    {
        Code = m.Code,
        Name = m.Name,
        Status = m.Status == MemberStatus.Active ? Proto.MemberStateStatus.Active : Proto.MemberStateStatus.Suspended,
        StatusReason = m.StatusReason,
        AdmittedAt = TimestampOrNull(m.AdmittedAt),
        StatusChangedAt = Timestamp.FromDateTimeOffset(m.StatusChangedAt),
        Version = m.Version,
        ChangedBy = m.ChangedBy,
    };

    public static Proto.Corridor ToProto(this Corridor c, IReadOnlySet<string> activeMembers)
    {
        var proto = new Proto.Corridor
        {
            CorridorId = c.Id,
            ProposingMember = c.ProposingMember,
            PartnerMember = c.PartnerMember,
            MaxStayDays = c.MaxStayDays,
            Status = c.Status switch
            {
                CorridorStatus.Proposed => Proto.CorridorStatus.Proposed,
                CorridorStatus.Open => Proto.CorridorStatus.Open,
                _ => Proto.CorridorStatus.Suspended,
            },
            Usable = c.IsUsable(activeMembers),
            StatusReason = c.StatusReason,
            ProposedAt = TimestampOrNull(c.ProposedAt),
            StatusChangedAt = Timestamp.FromDateTimeOffset(c.StatusChangedAt),
            Version = c.Version,
            ChangedBy = c.ChangedBy,
        };
        proto.Purposes.AddRange(c.Purposes.Select(PurposeValue));
        return proto;
    }

    public static Proto.TrustedKey ToProto(this TrustedKey k) => new()
    {
        Member = k.Member,
        KeyId = k.KeyId,
        Use = KeyUseValue(k.Use),
        PublicKeyJwk = k.PublicKeyJwk,
        NotBefore = Timestamp.FromDateTimeOffset(k.NotBefore),
        NotAfter = Timestamp.FromDateTimeOffset(k.NotAfter),
        Revoked = k.Revoked,
        RevocationReason = k.RevocationReason,
        RevokedAt = k.RevokedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Version = k.Version,
        ChangedBy = k.ChangedBy,
    };

    /// <summary>An instant the state does not know (a change-feed entry that does not carry it) is left unset.</summary>
    private static Timestamp? TimestampOrNull(DateTimeOffset at) => at == default ? null : Timestamp.FromDateTimeOffset(at);

    /// <summary><c>TRAVEL_PURPOSE_ESSENTIAL_BUSINESS</c> → <c>ESSENTIAL_BUSINESS</c>, the name events carry.</summary>
    public static string PurposeName(TravelPurpose purpose) =>
        Purposes.FindValueByNumber((int)purpose).Name[PurposePrefix.Length..];

    public static TravelPurpose PurposeValue(string name) =>
        (TravelPurpose)(Purposes.FindValueByName(PurposePrefix + name)?.Number ?? 0);

    public static Proto.KeyUse KeyUseValue(KeyUse use) => use switch
    {
        KeyUse.Rules => Proto.KeyUse.Rules,
        KeyUse.Passes => Proto.KeyUse.Passes,
        _ => Proto.KeyUse.Node,
    };

    public static KeyUse? KeyUseFrom(Proto.KeyUse use) => use switch
    {
        Proto.KeyUse.Rules => KeyUse.Rules,
        Proto.KeyUse.Passes => KeyUse.Passes,
        Proto.KeyUse.Node => KeyUse.Node,
        _ => null,
    };
}
