namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// The outcome of one case: what was expected, what the rule said, and why if it errored. <see cref="Value"/> is
/// the rule's value as JSON; <see cref="Display"/> the same as people read it (<c>Infinity</c> where JSON has
/// <c>null</c>).
/// </summary>
public sealed record CaseResult(RuleCase Case, Verdict? Actual, string? Value, string? Error, string? Display = null)
{
    /// <summary>The case passes when the rule's verdict is the expected one.</summary>
    public bool Passes => Case.Expected is { } expected && Actual == expected;
}
