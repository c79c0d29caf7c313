namespace TravelCorridor.Membership.Domain;

/// <summary>Whether a member state takes part in corridors; stored and published by name.</summary>
public enum MemberStatus
{
    Active,
    Suspended,
}
