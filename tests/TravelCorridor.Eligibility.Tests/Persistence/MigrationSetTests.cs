using Microsoft.EntityFrameworkCore;
using TravelCorridor.Eligibility.Data.Providers;

namespace TravelCorridor.Eligibility.Tests.Persistence;

/// <summary>The eligibility service's migration sets (see <see cref="Testing.MigrationSetTests"/>).</summary>
public sealed class MigrationSetTests() : Testing.MigrationSetTests("Eligibility")
{
    protected override DbContext DesignTimeContext(string provider) => provider == "Postgres"
        ? new PostgresEligibilityDesignFactory().CreateDbContext([])
        : new SqliteEligibilityDesignFactory().CreateDbContext([]);
}
