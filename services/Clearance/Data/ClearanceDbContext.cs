using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Messaging;

namespace TravelCorridor.Clearance.Data;

/// <summary>
/// The audit log of this node's decisions, the revocations this node has heard of, and the outbox and
/// inbox. Abstract: each engine has its own migrations in a subclass in <c>Providers/</c>.
/// </summary>
public abstract class ClearanceDbContext(DbContextOptions options) : MessagingDbContext(options)
{
    public DbSet<ClearanceRecord> Clearances => Set<ClearanceRecord>();

    public DbSet<KnownRevocation> Revocations => Set<KnownRevocation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ClearanceRecord>(e =>
        {
            e.ToTable("clearances");
            e.HasKey(c => c.ClearanceId);
            e.Property(c => c.ClearanceId).HasMaxLength(ClearanceIds.Length);
            e.Property(c => c.ListKey).HasMaxLength(64);
            e.HasIndex(c => c.ListKey).IsUnique();
            e.Property(c => c.DecidingMember).HasMaxLength(2);
            e.Property(c => c.Outcome).HasMaxLength(16);
            // No index: nothing looks decisions up by traveller, and an index on a keyed hash (random by
            // design) cost a page write per decision under load.
            e.Property(c => c.TravellerReference).HasMaxLength(64);
            e.Property(c => c.Origin).HasMaxLength(2);
            e.Property(c => c.Destination).HasMaxLength(2);
            e.Property(c => c.DecidedBy).HasMaxLength(200);
            e.Property(c => c.RuleSetMember).HasMaxLength(2);
            e.Property(c => c.RevokedBy).HasMaxLength(200);
            e.Property(c => c.RevocationReason).HasMaxLength(500);
        });
        modelBuilder.Entity<KnownRevocation>(e =>
        {
            e.ToTable("known_revocations");
            e.HasKey(r => r.ClearanceId);
            e.Property(r => r.ClearanceId).HasMaxLength(ClearanceIds.Length);
            e.Property(r => r.DecidingMember).HasMaxLength(2);
        });
    }
}
