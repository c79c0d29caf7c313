using TravelCorridor.Decisions.Judging;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// What a rule set decided on one case: the outcome and every rule in force with its result, at the instant
/// judged. A case that could not be run has a <see cref="Problem"/> instead, and fails.
/// </summary>
public sealed record RuleSetCaseResult(
    RuleSetCase Case,
    DecisionOutcome? Outcome,
    IReadOnlyList<RuleJudgement> Rules,
    DateTimeOffset? EvaluatedAt,
    string? Problem)
{
    /// <summary>The case passes when it was run and the outcome is the expected one.</summary>
    public bool Passes => Problem is null && Case.Expected is { } expected && Outcome == expected;
}
