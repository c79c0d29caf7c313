using System.Collections.Immutable;

using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// Every published rule set this node holds, compiled, by member and version: one immutable value
/// swapped after each commit, so a decision reads one consistent whole without locks.
/// </summary>
public sealed record RuleSetShelf(ImmutableDictionary<string, ImmutableSortedDictionary<long, CatalogedRuleSet>> ByMember)
{
    public static RuleSetShelf Empty { get; } = new(ImmutableDictionary.Create<string, ImmutableSortedDictionary<long, CatalogedRuleSet>>(StringComparer.Ordinal));

    public bool Contains(string member, long version) => ByMember.TryGetValue(member, out var versions) && versions.ContainsKey(version);

    public IEnumerable<CatalogedRuleSet> Of(string member) =>
        ByMember.TryGetValue(member, out var versions) ? versions.Values : [];

    public RuleSetShelf With(CatalogedRuleSet ruleSet)
    {
        var versions = ByMember.GetValueOrDefault(ruleSet.Member) ?? ImmutableSortedDictionary<long, CatalogedRuleSet>.Empty;
        return new(ByMember.SetItem(ruleSet.Member, versions.SetItem(ruleSet.Version, ruleSet)));
    }
}
