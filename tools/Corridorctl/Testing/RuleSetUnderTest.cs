using TravelCorridor.Decisions.RuleSets;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// The rule set <c>rules test</c> was given, as <see cref="RuleSetReader"/> read it: the set, or its problems.
/// <see cref="KeyId"/> is the key a signed file names; its signature cannot be checked offline (no trust list).
/// </summary>
public sealed record RuleSetUnderTest(string File, RuleSetReadResult Read, string? KeyId)
{
    /// <summary>"SG version 3", as far as the document could be read.</summary>
    public string Title => $"{Read.Header.Member ?? File} version {Read.Header.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
