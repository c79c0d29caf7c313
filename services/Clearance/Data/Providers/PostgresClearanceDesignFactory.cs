using TravelCorridor.Persistence;

namespace TravelCorridor.Clearance.Data.Providers;

/// <summary>What <c>dotnet ef --context PostgresClearanceDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class PostgresClearanceDesignFactory() : DesignTimeContextFactory<PostgresClearanceDbContext>(DatabaseProvider.Postgres);
