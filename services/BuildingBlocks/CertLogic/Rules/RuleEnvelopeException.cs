namespace TravelCorridor.CertLogic.Rules;

/// <summary>A rule envelope has problems; <see cref="Problems"/> lists all of them with their paths.</summary>
public sealed class RuleEnvelopeException(IReadOnlyList<RuleProblem> problems)
    : CertLogicException($"Invalid rule ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): {string.Join("; ", problems)}")
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RuleProblem> Problems { get; } = problems;
}
