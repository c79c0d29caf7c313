using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Eligibility.Domain.Decisions;

/// <summary>One rule's result, with its description in the language asked for (or English).</summary>
public sealed record RuleJudgement(
    string Identifier,
    RuleVersion Version,
    RuleResultKind Result,
    RuleOutcome FailureOutcome,
    string Description,
    string DescriptionLanguage,
    string? Error = null);
