using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data.Providers;

namespace TravelCorridor.Clearance.Tests.Persistence;

/// <summary>The clearance service's migration sets (see <see cref="Testing.MigrationSetTests"/>).</summary>
public sealed class MigrationSetTests() : Testing.MigrationSetTests("Clearance")
{
    protected override DbContext DesignTimeContext(string provider) => provider == "Postgres"
        ? new PostgresClearanceDesignFactory().CreateDbContext([])
        : new SqliteClearanceDesignFactory().CreateDbContext([]);
}
