using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// A set's rules arranged once for decisions: grouped by identifier in identifier order, each group's
/// versions highest first, so finding the version in force at an instant is a short scan, not a query.
/// </summary>
public sealed class RuleIndex
{
    private RuleIndex(RuleEnvelope[][] groups) => Groups = groups;

    public IReadOnlyList<RuleEnvelope[]> Groups { get; }

    public static RuleIndex Of(IEnumerable<RuleEnvelope> rules) =>
        new([.. rules.GroupBy(r => r.Identifier, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Version).ToArray())]);

    /// <summary>Of one identifier's versions, the highest valid at <paramref name="at"/>; null when none is.</summary>
    public static RuleEnvelope? InForce(RuleEnvelope[] versions, DateTimeOffset at)
    {
        foreach (var rule in versions)
        {
            if (rule.ValidFrom <= at && at < rule.ValidTo)
            {
                return rule;
            }
        }
        return null;
    }
}
