namespace TravelCorridor.Membership.Domain;

/// <summary>Life cycle of a corridor: proposed by one member, opened by the other's consent, suspended by either.</summary>
public enum CorridorStatus
{
    Proposed,
    Open,
    Suspended,
}
