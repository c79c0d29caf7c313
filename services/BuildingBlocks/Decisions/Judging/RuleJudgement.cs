using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.Judging;

/// <summary>One rule's result, with its description in the language asked for (or English).</summary>
/// <param name="Rule">The rule judged; its identifier, version and failure outcome are the result's.</param>
public sealed record RuleJudgement(
    RuleEnvelope Rule,
    RuleResultKind Result,
    string Description,
    string DescriptionLanguage,
    string? Error = null)
{
    public string Identifier => Rule.Identifier;

    public RuleVersion Version => Rule.Version;

    public RuleOutcome FailureOutcome => Rule.Outcome;
}
