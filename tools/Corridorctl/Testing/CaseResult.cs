namespace TravelCorridor.Corridorctl.Testing;

/// <summary>The outcome of one case: what was expected, what the rule said, and why if it errored.</summary>
public sealed record CaseResult(RuleCase Case, Verdict? Actual, string? Value, string? Error)
{
    /// <summary>The case passes when the rule's verdict is the expected one.</summary>
    public bool Passes => Case.Expected is { } expected && Actual == expected;
}
