using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Data.Providers;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Persistence;

/// <summary>
/// Each engine's migration set must describe the model exactly; these fail when the model changed and
/// scripts/add-migration.sh was not run. No database is needed: the design-time factories diff the model
/// against each set's snapshot, as dotnet-ef does.
/// </summary>
public sealed class MigrationSetTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_model_change_is_covered_by_a_migration_of_each_engine(string provider)
    {
        using var db = DesignTimeContext(provider);
        MigrationSets.AssertCoversModel(db, "Membership", provider);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_engine_reads_only_its_own_migration_set(string provider)
    {
        using var db = DesignTimeContext(provider);
        MigrationSets.AssertReadsOnlyItsOwnSet(db, "Membership", provider);
    }

    private static MembershipDbContext DesignTimeContext(string provider) => provider == "Postgres"
        ? new PostgresMembershipDesignFactory().CreateDbContext([])
        : new SqliteMembershipDesignFactory().CreateDbContext([]);
}
