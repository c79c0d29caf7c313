using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Persistence;

/// <summary>Inserts a service's reference data at start; must be idempotent.</summary>
public interface ISeedData<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
