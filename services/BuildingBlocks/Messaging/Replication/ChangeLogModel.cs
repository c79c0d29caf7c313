using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Messaging.Replication;

/// <summary>Maps a service's change log to its own table (<c>membership_change_log</c>).</summary>
public static class ChangeLogModel
{
    public static ModelBuilder HasChangeLog(this ModelBuilder modelBuilder, string table)
    {
        modelBuilder.Entity<ChangeLogEntry>(e =>
        {
            e.ToTable(table);
            e.HasKey(c => c.Sequence);
            e.Property(c => c.Sequence).ValueGeneratedOnAdd();
        });
        return modelBuilder;
    }
}
