using TravelCorridor.Persistence;

namespace TravelCorridor.Eligibility.Data.Providers;

/// <summary>What <c>dotnet ef --context SqliteEligibilityDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class SqliteEligibilityDesignFactory() : DesignTimeContextFactory<SqliteEligibilityDbContext>(DatabaseProvider.Sqlite);
