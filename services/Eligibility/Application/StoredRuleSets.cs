using Microsoft.EntityFrameworkCore;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Fills the decision core's <see cref="RuleSetCatalog"/> from this node's database: every stored version at start,
/// then the versions of each commit, read back so only what was stored appears.
/// </summary>
public sealed class StoredRuleSets(RuleSetCatalog catalog) : IReadModel<EligibilityDbContext>, IRuleSetSource
{
    private readonly HashSet<string> changedMembers = new(StringComparer.Ordinal);

    public string Description => "eligibility's database in this process";

    public void Recording(EligibilityDbContext db, IIntegrationEvent change)
    {
        if (change is RuleSetPublished published)
        {
            changedMembers.Add(published.Member);
        }
    }

    public async Task CommittedAsync(EligibilityDbContext db, CancellationToken cancellationToken)
    {
        var members = changedMembers.ToList();
        changedMembers.Clear();
        foreach (var member in members)
        {
            var rows = await db.RuleSets.AsNoTracking().Where(r => r.Member == member).ToListAsync(cancellationToken);
            catalog.Add(rows.Select(r => r.ToPublished()));
        }
    }

    /// <summary>Loads every stored version (at start, before calls are served).</summary>
    public async Task LoadAsync(EligibilityDbContext db, CancellationToken cancellationToken) =>
        catalog.Add((await db.RuleSets.AsNoTracking().ToListAsync(cancellationToken)).Select(r => r.ToPublished()));
}
