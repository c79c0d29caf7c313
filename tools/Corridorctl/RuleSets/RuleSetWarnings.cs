using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Findings that did not stop a rule set, printed as <c>logic validate</c> prints its warnings.</summary>
internal static class RuleSetWarnings
{
    public static void Write(TextWriter output, IEnumerable<RuleSetFinding> warnings)
    {
        foreach (var warning in warnings)
        {
            output.WriteLine($"{warning.Path}: warning: {warning.Message}");
        }
    }

    /// <summary>"3 rules, valid from …": the facts a publisher checks first.</summary>
    public static string Facts(RuleSet set) =>
        $"{set.Member} rule set version {set.Version}, valid from {Instant.Text(set.ValidFrom)}, {set.Rules.Count} rule(s)";
}
