using Microsoft.EntityFrameworkCore;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Eligibility.Data;

/// <summary>
/// Every rule set version this node accepted (published here or received and verified), its change log,
/// outbox and inbox. Abstract: each engine has its own migrations in a subclass in <c>Providers/</c>.
/// </summary>
public abstract class EligibilityDbContext(DbContextOptions options) : MessagingDbContext(options), IChangeLogContext
{
    public DbSet<StoredRuleSet> RuleSets => Set<StoredRuleSet>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StoredRuleSet>(e =>
        {
            e.ToTable("rule_sets");
            e.HasKey(r => new { r.Member, r.Version });
            e.Property(r => r.Member).HasMaxLength(2);
            e.Property(r => r.KeyId).HasMaxLength(64);
        });
        modelBuilder.HasChangeLog("eligibility_change_log");
    }
}
