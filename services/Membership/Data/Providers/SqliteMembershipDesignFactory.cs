using TravelCorridor.Persistence;

namespace TravelCorridor.Membership.Data.Providers;

/// <summary>What <c>dotnet ef --context SqliteMembershipDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class SqliteMembershipDesignFactory() : DesignTimeContextFactory<SqliteMembershipDbContext>(DatabaseProvider.Sqlite);
