using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Data;

/// <summary>
/// This node's view of corridor-wide membership, its change log, outbox and inbox. Abstract because
/// each database engine has its own migration set, owned by a subclass in <c>Providers/</c>; the
/// node registers the one for its engine behind this type (see <c>ServiceDatabase</c>).
/// </summary>
public abstract class MembershipDbContext(DbContextOptions options) : MessagingDbContext(options), IChangeLogContext
{
    public DbSet<MemberState> MemberStates => Set<MemberState>();

    public DbSet<Corridor> Corridors => Set<Corridor>();

    public DbSet<TrustedKey> TrustedKeys => Set<TrustedKey>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<MemberState>(e =>
        {
            e.ToTable("member_states");
            e.HasKey(m => m.Code);
            e.Property(m => m.Code).HasMaxLength(2);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.Ignore(m => m.IsActive);
        });
        modelBuilder.Entity<Corridor>(e =>
        {
            e.ToTable("corridors");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasMaxLength(5);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Purposes).HasConversion(
                v => string.Join(',', v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s)), v => v.ToList()));
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<TrustedKey>(e =>
        {
            e.ToTable("trusted_keys");
            e.HasKey(k => new { k.Member, k.KeyId });
            e.Property(k => k.Use).HasConversion<string>().HasMaxLength(20);
            e.Property(k => k.Version).IsConcurrencyToken();
        });
        modelBuilder.HasChangeLog("membership_change_log");
    }
}
