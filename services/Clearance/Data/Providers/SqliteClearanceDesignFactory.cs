using TravelCorridor.Persistence;

namespace TravelCorridor.Clearance.Data.Providers;

/// <summary>What <c>dotnet ef --context SqliteClearanceDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class SqliteClearanceDesignFactory() : DesignTimeContextFactory<SqliteClearanceDbContext>(DatabaseProvider.Sqlite);
