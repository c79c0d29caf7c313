using TravelCorridor.Persistence;

namespace TravelCorridor.Eligibility.Data.Providers;

/// <summary>What <c>dotnet ef --context PostgresEligibilityDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class PostgresEligibilityDesignFactory() : DesignTimeContextFactory<PostgresEligibilityDbContext>(DatabaseProvider.Postgres);
