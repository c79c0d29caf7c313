namespace TravelCorridor.Membership.Domain;

/// <summary>What a trusted key may sign; stored and published by name.</summary>
public enum KeyUse
{
    Rules,
    Passes,
    Node,
}
