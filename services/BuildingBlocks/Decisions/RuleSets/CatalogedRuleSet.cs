namespace TravelCorridor.Decisions.RuleSets;

/// <summary>A rule set as the catalog holds it: compiled, with how it was published (null for a seed).</summary>
public sealed record CatalogedRuleSet(RuleSet Set, PublishedRuleSet? Published)
{
    public string Member => Set.Member;

    public long Version => Set.Version;
}
