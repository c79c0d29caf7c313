using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// <c>rules diff</c> output in the manner of diff tools: <c>+</c> added, <c>-</c> removed, <c>~</c> changed
/// (with the envelope fields that differ), then value sets and validFrom (with both instants when the
/// two sets are given).
/// </summary>
internal static class RuleSetDiffText
{
    public static void Write(TextWriter output, string member, long from, long to, DiffRuleSetsResponse diff,
        (RuleSet From, RuleSet To)? sets = null)
    {
        output.WriteLine($"{member} rule set {from} -> {to}");
        foreach (var rule in diff.Added)
        {
            output.WriteLine($"+ {rule.Identifier} {rule.Version}");
        }
        foreach (var rule in diff.Removed)
        {
            output.WriteLine($"- {rule.Identifier} {rule.Version}");
        }
        foreach (var rule in diff.Changed)
        {
            var version = rule.FromVersion == rule.ToVersion ? rule.ToVersion : $"{rule.FromVersion} -> {rule.ToVersion}";
            output.WriteLine($"~ {rule.Identifier} {version}: {string.Join(", ", rule.ChangedFields)}");
        }
        foreach (var name in diff.ValueSetsChanged)
        {
            output.WriteLine($"~ value set {name}");
        }
        if (diff.ValidFromChanged)
        {
            output.WriteLine(sets is var (older, newer)
                ? $"~ validFrom {Instant.Text(older.ValidFrom)} -> {Instant.Text(newer.ValidFrom)}"
                : "~ validFrom");
        }
        if (diff.Added.Count + diff.Removed.Count + diff.Changed.Count + diff.ValueSetsChanged.Count == 0 && !diff.ValidFromChanged)
        {
            output.WriteLine("no differences");
        }
    }
}
