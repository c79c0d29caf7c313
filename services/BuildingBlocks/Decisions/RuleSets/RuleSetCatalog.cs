using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// The rule sets a node decides with: every stored version compiled once when loaded, plus the baseline
/// seed for a member that has published nothing yet (when <see cref="RuleSetCatalogOptions.SeedBaselineRules"/>).
/// Versions may arrive in any order; the one in force at an instant is chosen when asked, so a set
/// activates at its validFrom with no restart and no timer. Storage is the caller's: eligibility adds what its
/// database committed, a clearance process on its own what it follows from eligibility.
/// </summary>
public sealed class RuleSetCatalog(
    BaselineRuleSets baseline,
    IMembershipSnapshot membership,
    IOptions<RuleSetCatalogOptions> options,
    ILogger<RuleSetCatalog> logger)
{
    private readonly Lock adding = new();
    private RuleSetShelf shelf = RuleSetShelf.Empty;

    public RuleSetShelf Shelf => Volatile.Read(ref shelf);

    /// <summary>The set in force for <paramref name="member"/> at <paramref name="instant"/>: the highest version valid from then or earlier.</summary>
    public CatalogedRuleSet? ActiveAt(string member, DateTimeOffset instant) =>
        Shelf.Of(member).LastOrDefault(r => r.Set.ValidFrom <= instant) ?? Seed(member);

    /// <summary>The highest version known, published or (when none is) the seed.</summary>
    public CatalogedRuleSet? Latest(string member) => Shelf.Of(member).LastOrDefault() ?? Seed(member);

    public CatalogedRuleSet? Find(string member, long version) =>
        version == 0 ? Seed(member) : Shelf.Of(member).FirstOrDefault(r => r.Version == version);

    /// <summary>Newest first, the seed (when there is one) last.</summary>
    public IEnumerable<CatalogedRuleSet> Versions(string member) =>
        Shelf.Of(member).Reverse().Concat(Seed(member) is { } seed ? [seed] : []);

    /// <summary>The highest published version, which a new one must exceed; 0 when none.</summary>
    public long LatestPublishedVersion(string member) => Shelf.Of(member).LastOrDefault()?.Version ?? 0;

    /// <summary>The seed applies to members membership knows, and only where the node is configured to seed.</summary>
    private CatalogedRuleSet? Seed(string member) =>
        options.Value.SeedBaselineRules && membership.Current.FindMember(member) is not null
            ? new CatalogedRuleSet(baseline.For(member), null)
            : null;

    /// <summary>
    /// Adds versions not held yet, compiled from their signed form: from this node's database, or, in a process
    /// without eligibility (clearance on its own), from another node's WatchRuleSets stream.
    /// </summary>
    public void Add(IEnumerable<PublishedRuleSet> published)
    {
        // Readers never lock; writers (a commit hook, a feed) take turns so neither loses the other's versions.
        lock (adding)
        {
            var next = Shelf;
            foreach (var row in published.Where(r => !next.Contains(r.Member, r.Version)))
            {
                var read = PublishedRuleSetReader.Read(row.Signed);
                if (read.RuleSet is { } set)
                {
                    next = next.With(new CatalogedRuleSet(set, row));
                }
                else
                {
                    // Checked before it was kept; failing now means the stored copy was altered or the checks changed.
                    logger.LogError("Stored rule set {Member} v{Version} no longer reads ({Problems}); it is not used",
                        row.Member, row.Version, string.Join("; ", read.Problems));
                }
            }
            Volatile.Write(ref shelf, next);
        }
    }
}
