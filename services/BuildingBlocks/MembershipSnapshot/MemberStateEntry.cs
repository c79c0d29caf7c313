using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>A member state as the snapshot holds it.</summary>
/// <param name="AdmittedAt">Null only for a member this node knows from a status change alone (the change log does not repeat it).</param>
public sealed record MemberStateEntry(
    string Code,
    string Name,
    MemberStateStatus Status,
    string StatusReason,
    DateTimeOffset? AdmittedAt,
    DateTimeOffset StatusChangedAt,
    long Version)
{
    public bool IsActive => Status == MemberStateStatus.Active;
}
