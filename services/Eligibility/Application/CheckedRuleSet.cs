using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Domain;

namespace TravelCorridor.Eligibility.Application;

/// <summary>A rule set that passed every check: the set, its signed form and key (when signed), and the warnings to show its author.</summary>
public sealed record CheckedRuleSet(RuleSet Set, string? Signed, string? KeyId, IReadOnlyList<RuleProblem> Warnings)
{
    public bool SignatureChecked => Signed is not null;
}
