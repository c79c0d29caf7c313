namespace TravelCorridor.Decisions.Judging;

/// <summary>
/// A decision on one application and everything it rested on: the membership sequence and rule-set
/// version used, so it can be explained (and audited) later.
/// </summary>
public sealed record EligibilityDecision(
    DecisionOutcome Outcome,
    IReadOnlyList<DecisionReason> Reasons,
    IReadOnlyList<RuleJudgement> RuleResults,
    DateTimeOffset EvaluatedAt,
    string RuleSetMember,
    long RuleSetVersion,
    long MembershipSequence)
{
    /// <summary><see cref="RuleSetVersion"/> when no rule set was in force.</summary>
    public const long NoRuleSet = -1;
}
