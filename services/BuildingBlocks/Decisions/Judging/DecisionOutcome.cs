namespace TravelCorridor.Decisions.Judging;

/// <summary>What a traveller may do. Ordered by severity, so the worst of several outcomes is the largest.</summary>
public enum DecisionOutcome
{
    Cleared,
    Referred,
    Denied,
}
