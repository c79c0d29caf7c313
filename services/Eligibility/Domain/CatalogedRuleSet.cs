namespace TravelCorridor.Eligibility.Domain;

/// <summary>A rule set as the catalog holds it: compiled, with how it was published (null for a seed).</summary>
public sealed record CatalogedRuleSet(RuleSet Set, StoredRuleSet? Published)
{
    public string Member => Set.Member;

    public long Version => Set.Version;
}
