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
}
