using System.Text.Json;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Data;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// What changed between two versions of a member's rule set. Rules are matched by identifier and
/// version; a rule whose identifier appears exactly once on each side under different versions is one
/// rule changed (its version among the fields), not one removed and one added.
/// </summary>
public sealed record RuleSetDiff(
    IReadOnlyList<RuleEnvelope> Added,
    IReadOnlyList<RuleEnvelope> Removed,
    IReadOnlyList<RuleSetDiff.RuleChange> Changed,
    IReadOnlyList<string> ValueSetsChanged,
    bool ValidFromChanged)
{
    public sealed record RuleChange(string Identifier, RuleVersion From, RuleVersion To, IReadOnlyList<string> Fields);

    public static RuleSetDiff Between(RuleSet from, RuleSet to)
    {
        var removed = from.Rules.Where(r => !to.Rules.Any(t => Same(r, t))).ToList();
        var added = to.Rules.Where(r => !from.Rules.Any(f => Same(r, f))).ToList();
        var changed = new List<RuleChange>();
        foreach (var old in from.Rules.Where(r => to.Rules.Any(t => Same(r, t))))
        {
            var fields = ChangedFields(old, to.Rules.First(t => Same(old, t)));
            if (fields.Count > 0)
            {
                changed.Add(new(old.Identifier, old.Version, old.Version, fields));
            }
        }
        // One version of an identifier out, another in: that rule was revised.
        foreach (var old in removed.ToList())
        {
            var candidates = added.Where(a => a.Identifier == old.Identifier).ToList();
            if (candidates.Count == 1 && removed.Count(r => r.Identifier == old.Identifier) == 1)
            {
                changed.Add(new(old.Identifier, old.Version, candidates[0].Version, ChangedFields(old, candidates[0])));
                removed.Remove(old);
                added.Remove(candidates[0]);
            }
        }
        var valueSets = from.ValueSets.Keys.Union(to.ValueSets.Keys)
            .Where(name => !(from.ValueSets.TryGetValue(name, out var a) && to.ValueSets.TryGetValue(name, out var b) && a.SequenceEqual(b)))
            .Order(StringComparer.Ordinal).ToList();
        return new(added, removed, [.. changed.OrderBy(c => c.Identifier, StringComparer.Ordinal)], valueSets, from.ValidFrom != to.ValidFrom);
    }

    private static bool Same(RuleEnvelope a, RuleEnvelope b) => a.Identifier == b.Identifier && a.Version == b.Version;

    private static List<string> ChangedFields(RuleEnvelope a, RuleEnvelope b)
    {
        var names = a.Json.EnumerateObject().Select(p => p.Name).Union(b.Json.EnumerateObject().Select(p => p.Name));
        return names.Where(name => !(a.Json.TryGetProperty(name, out var x) && b.Json.TryGetProperty(name, out var y) && JsonElement.DeepEquals(x, y)))
            .Order(StringComparer.Ordinal).ToList();
    }
}
