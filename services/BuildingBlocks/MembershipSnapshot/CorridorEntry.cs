using TravelCorridor.Type.V1;
using System.Collections.Immutable;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// A corridor as the snapshot holds it. There is no <c>Usable</c> flag: it depends on both members'
/// status, which changes without a corridor change, so <see cref="MembershipView.IsUsable"/> computes it.
/// </summary>
public sealed record CorridorEntry(
    string CorridorId,
    string ProposingMember,
    string PartnerMember,
    ImmutableArray<TravelPurpose> Purposes,
    int MaxStayDays,
    CorridorStatus Status,
    string StatusReason,
    DateTimeOffset ProposedAt,
    DateTimeOffset StatusChangedAt,
    long Version)
{
    public bool Involves(string member) => ProposingMember == member || PartnerMember == member;
}
