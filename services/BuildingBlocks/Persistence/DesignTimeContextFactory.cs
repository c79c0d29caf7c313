using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TravelCorridor.Persistence;

/// <summary>
/// Builds one provider's context of a service for <c>dotnet ef</c> (scripts/add-migration.sh). Adding a
/// migration only diffs the model against that provider's snapshot, so no node and no server is needed:
/// the connection strings are placeholders that are never opened. A service derives one per provider,
/// e.g. <c>SqliteMembershipDesignFactory() : DesignTimeContextFactory&lt;SqliteMembershipDbContext&gt;(Sqlite)</c>.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var placeholder = provider == DatabaseProvider.Postgres
            ? "Host=design-time.invalid;Database=design_time"
            : "Data Source=:memory:";
        var options = new DbContextOptionsBuilder<TContext>().UseProvider(provider, placeholder).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
