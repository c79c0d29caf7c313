using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Data.Providers;
using TravelCorridor.Persistence;
using TravelCorridor.Testing;

namespace TravelCorridor.Persistence.Tests;

/// <summary>
/// An empty membership database for a node yet to start: a SQLite file in the node's data directory or
/// a fresh PostgreSQL database. <see cref="Open"/> reaches it with the provider's own context, as the
/// node will, so a test can prepare it (an older schema, legacy tables) before the node sees it.
/// </summary>
internal sealed class ProviderDatabase
{
    private ProviderDatabase(string provider, string dataDirectory, string connectionString, Dictionary<string, string?> settings)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        NodeSettings = settings;
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    public string ConnectionString { get; }

    /// <summary>What <see cref="NodeHost.StartAsync"/> needs to use this database.</summary>
    public Dictionary<string, string?> NodeSettings { get; }

    public static async Task<ProviderDatabase> CreateAsync(string provider, PostgresServer postgres)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"tc-schema-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        if (provider == "postgres")
        {
            var connectionString = await postgres.CreateDatabaseAsync($"membership_{Guid.NewGuid():N}");
            return new(provider, dataDirectory, connectionString, new() { ["ConnectionStrings:membership"] = connectionString });
        }
        // The file the node opens by default: <data directory>/membership.db.
        var file = Path.Combine(dataDirectory, $"{TravelCorridor.Membership.MembershipRegistration.ServiceName}.db");
        return new(provider, dataDirectory, $"Data Source={file};Pooling=True", []);
    }

    public MembershipDbContext Open() => Provider == "postgres"
        ? new PostgresMembershipDbContext(Options<PostgresMembershipDbContext>(DatabaseProvider.Postgres))
        : new SqliteMembershipDbContext(Options<SqliteMembershipDbContext>(DatabaseProvider.Sqlite));

    /// <summary>Deletes the data directory when no node owns it (a node deletes its own on dispose).</summary>
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private DbContextOptions<TContext> Options<TContext>(DatabaseProvider provider) where TContext : DbContext =>
        (DbContextOptions<TContext>)new DbContextOptionsBuilder<TContext>().UseProvider(provider, ConnectionString).Options;
}
