namespace TravelCorridor.CertLogic.Rules;

/// <summary>
/// The outcome of parsing a rule envelope: the rule, or every problem found (never both); and, either way,
/// the warnings about its logic (see <see cref="CertLogicIssueSeverity.Warning"/>), which do not stop the
/// rule unless the parser was asked to be strict. Publishing should show them to the rule's author.
/// </summary>
public sealed record RuleEnvelopeResult(RuleEnvelope? Rule, IReadOnlyList<RuleProblem> Problems, IReadOnlyList<RuleProblem> Warnings)
{
    /// <summary>Whether the envelope had no problems.</summary>
    public bool IsValid => Rule is not null;

    /// <summary>The rule, or a <see cref="RuleEnvelopeException"/> listing every problem.</summary>
    public RuleEnvelope GetRuleOrThrow() => Rule ?? throw new RuleEnvelopeException(Problems);
}
