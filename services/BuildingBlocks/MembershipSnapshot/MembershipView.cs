using System.Collections.Immutable;
using TravelCorridor.Membership.V1;
using TravelCorridor.Kernel;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Membership as one immutable value: member states, corridors and trusted keys, the last change-log
/// sequence processed and when the view was last confirmed current. A reader holds one view for a
/// whole decision, so everything it looks at is consistent, and records <see cref="Sequence"/> as the
/// membership version it relied on.
/// </summary>
public sealed record MembershipView
{
    public static MembershipView Empty { get; } = new();

    /// <summary>False until the first full load from membership: until then the view is empty, not "no members".</summary>
    public bool IsLoaded { get; init; }

    /// <summary>The last membership change-log sequence this view includes; 0 before any change was seen.</summary>
    public long Sequence { get; init; }

    /// <summary>
    /// When the feeder last knew this view matched membership: at the load, at each change, and at the
    /// moment the stream broke. While connected the view stays current past this instant.
    /// </summary>
    public DateTimeOffset? ConfirmedAt { get; init; }

    public ImmutableDictionary<string, MemberStateEntry> MemberStates { get; init; } =
        ImmutableDictionary.Create<string, MemberStateEntry>(StringComparer.Ordinal);

    public ImmutableDictionary<string, CorridorEntry> Corridors { get; init; } =
        ImmutableDictionary.Create<string, CorridorEntry>(StringComparer.Ordinal);

    public ImmutableDictionary<TrustedKeyId, TrustedKeyEntry> TrustedKeys { get; init; } =
        ImmutableDictionary<TrustedKeyId, TrustedKeyEntry>.Empty;

    public int ActiveMemberCount => MemberStates.Values.Count(m => m.IsActive);

    public MemberStateEntry? FindMember(string code) => MemberStates.GetValueOrDefault(code);

    public bool IsActive(string member) => FindMember(member)?.IsActive == true;

    /// <summary>The corridor by id, with the two members in either order (<c>SG-MY</c> finds <c>MY-SG</c>).</summary>
    public CorridorEntry? FindCorridor(string corridorId)
    {
        var members = corridorId.Split('-');
        var id = members.Length == 2 ? CorridorIds.For(members[0], members[1]) : corridorId;
        return Corridors.GetValueOrDefault(id);
    }

    /// <summary>Open, and both members active: the same rule membership applies to its own <c>usable</c> flag.</summary>
    public bool IsUsable(CorridorEntry corridor) =>
        corridor.Status == CorridorStatus.Open && IsActive(corridor.ProposingMember) && IsActive(corridor.PartnerMember);

    public TrustedKeyEntry? FindKey(string member, string keyId) => TrustedKeys.GetValueOrDefault(new TrustedKeyId(member, keyId));

    /// <summary>Keeps <paramref name="entry"/> unless the view already holds that member at the same or a newer version.</summary>
    internal MembershipView With(MemberStateEntry entry)
    {
        var held = FindMember(entry.Code);
        return held is not null && held.Version >= entry.Version
            ? this
            // A status change does not repeat when the member was admitted; keep what we knew.
            : this with { MemberStates = MemberStates.SetItem(entry.Code, entry with { AdmittedAt = entry.AdmittedAt ?? held?.AdmittedAt }) };
    }

    internal MembershipView With(CorridorEntry entry) =>
        Corridors.TryGetValue(entry.CorridorId, out var held) && held.Version >= entry.Version
            ? this
            : this with { Corridors = Corridors.SetItem(entry.CorridorId, entry) };

    internal MembershipView With(TrustedKeyEntry entry) =>
        TrustedKeys.TryGetValue(entry.Id, out var held) && held.Version >= entry.Version
            ? this
            : this with { TrustedKeys = TrustedKeys.SetItem(entry.Id, entry) };
}
