using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>A rule set, or every problem found in its document (never both); warnings either way.</summary>
public sealed record RuleSetReadResult(RuleSet? RuleSet, IReadOnlyList<RuleProblem> Problems, IReadOnlyList<RuleProblem> Warnings)
{
    /// <summary>The document's own fields as far as they could be read.</summary>
    public RuleSetHeader Header { get; init; } = new(null, null, null, false);

    public bool IsValid => RuleSet is not null;
}
