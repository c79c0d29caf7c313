using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Persistence;

/// <summary>
/// Points a context at one engine and at that engine's migrations assembly (services/Migrations/&lt;Engine&gt;).
/// The node, the design-time factories and the tests all configure through here, so the model <c>dotnet ef</c>
/// diffs is the model the node migrates.
/// </summary>
internal static class ProviderOptions
{
    public const string SqliteMigrations = "TravelCorridor.Migrations.Sqlite";
    public const string PostgresMigrations = "TravelCorridor.Migrations.Postgres";

    public static DbContextOptionsBuilder UseProvider(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrations))
            : options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrations)).AddInterceptors(new SqlitePragmas());
}
