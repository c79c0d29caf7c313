using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Domain;

namespace TravelCorridor.Clearance.Data.Providers;

/// <summary>The clearance context on PostgreSQL; its type ties it to the migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresClearanceDbContext(DbContextOptions<PostgresClearanceDbContext> options) : ClearanceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Paging compares list keys as SQLite and .NET do, byte by byte; a language collation would not.
        modelBuilder.Entity<ClearanceRecord>().Property(c => c.ListKey).UseCollation("C");
    }
}
