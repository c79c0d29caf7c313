namespace TravelCorridor.Decisions.Judging;

/// <summary>Why membership alone decided (or why no rule could): a stable code and an English sentence.</summary>
public sealed record DecisionReason(string Code, string Message)
{
    public const string MemberSuspended = "MEMBER_SUSPENDED";
    public const string CorridorNotOpen = "CORRIDOR_NOT_OPEN";
    public const string PurposeNotCovered = "PURPOSE_NOT_COVERED";
    public const string StayTooLong = "STAY_TOO_LONG";
    public const string NoActiveRuleSet = "NO_ACTIVE_RULE_SET";
}
