namespace TravelCorridor.CertLogic.Rules;

/// <summary>The outcome of parsing a rule envelope: the rule, or every problem found (never both).</summary>
public sealed record RuleEnvelopeResult(RuleEnvelope? Rule, IReadOnlyList<RuleProblem> Problems)
{
    /// <summary>Whether the envelope had no problems.</summary>
    public bool IsValid => Rule is not null;

    /// <summary>The rule, or a <see cref="RuleEnvelopeException"/> listing every problem.</summary>
    public RuleEnvelope GetRuleOrThrow() => Rule ?? throw new RuleEnvelopeException(Problems);
}
