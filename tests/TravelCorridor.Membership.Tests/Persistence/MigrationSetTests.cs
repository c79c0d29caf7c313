using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Data.Providers;

namespace TravelCorridor.Membership.Tests.Persistence;

/// <summary>The membership service's migration sets (see <see cref="Testing.MigrationSetTests"/>).</summary>
public sealed class MigrationSetTests() : Testing.MigrationSetTests("Membership")
{
    protected override DbContext DesignTimeContext(string provider) => provider == "Postgres"
        ? new PostgresMembershipDesignFactory().CreateDbContext([])
        : new SqliteMembershipDesignFactory().CreateDbContext([]);
}
