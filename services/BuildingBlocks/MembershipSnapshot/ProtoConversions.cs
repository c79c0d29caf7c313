using Google.Protobuf.WellKnownTypes;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Copies membership's messages into the snapshot's records: protobuf messages are mutable, and a
/// snapshot that readers share must not be.
/// </summary>
internal static class ProtoConversions
{
    public static MemberStateEntry ToEntry(this Proto.MemberState m) =>
        new(m.Code, m.Name, m.Status, m.StatusReason, Instant(m.AdmittedAt), Instant(m.StatusChangedAt) ?? default, m.Version);

    public static CorridorEntry ToEntry(this Proto.Corridor c) =>
        new(c.CorridorId, c.ProposingMember, c.PartnerMember, [.. c.Purposes], c.MaxStayDays, c.Status, c.StatusReason,
            Instant(c.ProposedAt) ?? default, Instant(c.StatusChangedAt) ?? default, c.Version);

    public static TrustedKeyEntry ToEntry(this Proto.TrustedKey k) =>
        new(k.Member, k.KeyId, k.Use, k.PublicKeyJwk, Instant(k.NotBefore) ?? default, Instant(k.NotAfter) ?? default,
            k.Revoked, k.RevocationReason, Instant(k.RevokedAt), k.Version);

    /// <summary>The view after one change; the sequence advances even when the change is older than what the view holds.</summary>
    public static MembershipView Apply(this MembershipView view, Proto.WatchMembershipResponse change, DateTimeOffset now)
    {
        var next = change.ChangeCase switch
        {
            Proto.WatchMembershipResponse.ChangeOneofCase.MemberState => view.With(change.MemberState.ToEntry()),
            Proto.WatchMembershipResponse.ChangeOneofCase.Corridor => view.With(change.Corridor.ToEntry()),
            Proto.WatchMembershipResponse.ChangeOneofCase.TrustedKey => view.With(change.TrustedKey.ToEntry()),
            // A kind of change this build does not know yet: nothing to hold, but it is still processed.
            _ => view,
        };
        return next with { Sequence = Math.Max(view.Sequence, change.Sequence), ConfirmedAt = now };
    }

    /// <summary>The view after a full load: the lists' state, kept only where newer than what the view holds.</summary>
    public static MembershipView Load(this MembershipView view, Proto.ListMemberStatesResponse members,
        Proto.ListCorridorsResponse corridors, Proto.ListTrustedKeysResponse keys, DateTimeOffset now)
    {
        var next = view;
        foreach (var member in members.MemberStates)
        {
            next = next.With(member.ToEntry());
        }
        foreach (var corridor in corridors.Corridors)
        {
            next = next.With(corridor.ToEntry());
        }
        foreach (var key in keys.TrustedKeys)
        {
            next = next.With(key.ToEntry());
        }
        return next with { IsLoaded = true, ConfirmedAt = now };
    }

    private static DateTimeOffset? Instant(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();
}
