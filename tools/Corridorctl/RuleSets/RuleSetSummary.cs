using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>What <c>rules get</c> prints by default: the set's facts, then one block per rule.</summary>
internal static class RuleSetSummary
{
    public static void Write(TextWriter output, RuleSet set)
    {
        output.WriteLine($"{set.Member} rule set version {set.Version}{(set.Seed ? " (baseline seed: unsigned, local to this node)" : "")}");
        output.WriteLine($"  valid from   {Instant.Text(set.ValidFrom)}");
        if (!set.Seed)
        {
            output.WriteLine($"  signed by    key {set.KeyId}");
            output.WriteLine($"  published    {Instant.Text(set.PublishedAt)} on the node of {set.PublishedBy}");
        }
        output.WriteLine($"  value sets   {(set.ValueSets.Count == 0 ? "none" : string.Join(", ", set.ValueSets.Select(v => $"{v.Name} ({v.Values.Count})")))}");
        output.WriteLine($"{set.Rules.Count} rule(s)");
        foreach (var rule in set.Rules)
        {
            output.WriteLine();
            output.WriteLine($"  {rule.Identifier} {rule.Version}  {rule.Type}  {OutcomeName(rule.Outcome)}");
            output.WriteLine($"    origins    {AllWhenEmpty(rule.Origins)}");
            output.WriteLine($"    purposes   {AllWhenEmpty(rule.Purposes)}");
            output.WriteLine($"    valid      {Instant.Text(rule.ValidFrom)} to {Instant.Text(rule.ValidTo)}");
            var english = rule.Descriptions.FirstOrDefault(d => d.Language == "en")?.Text;
            if (english is not null)
            {
                output.WriteLine($"    {english}");
            }
        }
    }

    /// <summary>"SG rule set version 3, valid from …, 4 rule(s)": what publish and validate confirm in one line.</summary>
    public static string Facts(RuleSet set) =>
        $"{set.Member} rule set version {set.Version}, valid from {Instant.Text(set.ValidFrom)}, {set.Rules.Count} rule(s)";

    /// <summary>As rule authors write it in the envelope ("Outcome": "DENY").</summary>
    public static string OutcomeName(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Deny => "DENY",
        RuleOutcome.Refer => "REFER",
        _ => "outcome unspecified",
    };

    private static string AllWhenEmpty(IEnumerable<string> values) =>
        values.Any() ? string.Join(", ", values) : "all";
}
