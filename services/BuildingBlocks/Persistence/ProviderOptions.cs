using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Persistence;

/// <summary>
/// Points a context at one engine. The node, the design-time factories and the tests all configure
/// through here, so the model <c>dotnet ef</c> diffs is the model the node migrates.
/// </summary>
internal static class ProviderOptions
{
    public static DbContextOptionsBuilder UseProvider(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(connectionString)
            : options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
}
