using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Persistence;

/// <summary>
/// Brings the service's schema to the latest migration of its provider's set before the node accepts
/// calls (hosted services start before Kestrel), then runs the context's <see cref="ISeedData{TContext}"/>.
/// </summary>
internal sealed class SchemaMigrator<TContext>(IServiceProvider services, string serviceName, ILogger<SchemaMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        var tables = await ExistingTablesAsync(db, cancellationToken);
        // Asking for the history of a database without one makes EF log a failed command; skip the noise.
        var before = tables.Contains(HistoryRepository.DefaultTableName)
            ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet()
            : [];
        if (before.Count == 0)
        {
            RefuseUnmigrated(db, tables);
        }

        await db.Database.MigrateAsync(cancellationToken);
        var after = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var applied = after.Where(m => !before.Contains(m)).ToList();
        if (applied.Count > 0)
        {
            logger.LogInformation("{Service} database ({Provider}): applied {Migrations}; now at {Latest}",
                serviceName, db.Database.ProviderName, string.Join(", ", applied), after[^1]);
        }
        else
        {
            logger.LogInformation("{Service} database ({Provider}): up to date at {Latest}",
                serviceName, db.Database.ProviderName, after.LastOrDefault() ?? "no migration");
        }

        foreach (var seed in scope.ServiceProvider.GetServices<ISeedData<TContext>>())
        {
            await seed.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The tables in the context's schema; none when the file or database does not exist yet.</summary>
    private static async Task<HashSet<string>> ExistingTablesAsync(TContext db, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return [];
        }
        var tables = await db.Database.SqlQueryRaw<string>(db.Database.IsSqlite()
                ? """SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'"""
                : """SELECT table_name AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()""")
            .ToListAsync(cancellationToken);
        return [.. tables];
    }

    /// <summary>
    /// The model's tables with no migration applied mean a database made by <c>EnsureCreated</c> before
    /// migrations: migrating it would fail on the first <c>CREATE TABLE</c> or, worse, run later
    /// migrations against a schema none of them describes. The operator decides what happens to it; the
    /// host logs the refusal and the node exits.
    /// </summary>
    private void RefuseUnmigrated(TContext db, HashSet<string> tables)
    {
        var found = db.Model.GetRelationalModel().Tables.Select(t => t.Name).Where(tables.Contains).Order().ToList();
        if (found.Count == 0)
        {
            return;
        }
        var sqlite = db.Database.IsSqlite();
        var message = $"The {serviceName} database ({Describe(db.Database.GetDbConnection(), sqlite)}) has tables "
            + $"({string.Join(", ", found)}) but no migration history: a node from before schema migrations created it. "
            + (sqlite
                ? "Move that file (or the whole data directory) away and start the node again"
                : "Drop that database (or point the connection string at an empty one) and start the node again")
            + "; it then creates the schema from its migrations and seeds the founding members. "
            + "Keep the old copy if its data matters: the node never reads it again.";
        throw new UnmigratedDatabaseException(message);
    }

    private static string Describe(DbConnection connection, bool sqlite) =>
        sqlite ? connection.DataSource : $"database '{connection.Database}' on {connection.DataSource}";
}
