using TravelCorridor.Persistence;

namespace TravelCorridor.Membership.Data.Providers;

/// <summary>What <c>dotnet ef --context PostgresMembershipDbContext</c> builds; see scripts/add-migration.sh.</summary>
internal sealed class PostgresMembershipDesignFactory() : DesignTimeContextFactory<PostgresMembershipDbContext>(DatabaseProvider.Postgres);
