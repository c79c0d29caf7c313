using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;

namespace TravelCorridor.Persistence;

/// <summary>
/// Registers a service's DbContext: SQLite under the node's data directory by default, PostgreSQL
/// when <c>ConnectionStrings:&lt;service&gt;</c> holds a PostgreSQL connection string (or
/// <c>Database:Provider</c> says <c>postgres</c>). The schema is migrated at start.
/// </summary>
/// <remarks>
/// EF Core scaffolds migrations for one provider at a time, and SQLite and PostgreSQL need different
/// DDL, so every service keeps one migration set per provider. The sets are told apart by context
/// type, as EF's "migrations with multiple providers" guide suggests: a service's context is abstract
/// and two empty sealed subclasses (<c>SqliteMembershipDbContext</c>, <c>PostgresMembershipDbContext</c>)
/// own the sets in <c>services/Migrations/Sqlite/Membership</c> and <c>services/Migrations/Postgres/Membership</c>
/// through their <c>[DbContext]</c> attributes. The generated sets live in one migrations assembly per engine
/// (EF's separate migrations project), so a service's folder holds only code written for it. The rest of the
/// service depends on the abstract context only; here the provider picks which subclass stands behind it,
/// and so which set <c>Migrate</c> applies.
/// </remarks>
public static class ServiceDatabase
{
    public static IServiceCollection AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(
        this IServiceCollection services, IConfiguration configuration, string serviceName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        var connectionString = configuration.GetConnectionString(serviceName);
        var provider = ChooseProvider(configuration["Database:Provider"], connectionString);
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = connectionString
                ?? throw new ArgumentException($"Database:Provider is postgres but ConnectionStrings:{serviceName} is not set.");
            services.AddDbContext<TContext, TPostgresContext>((sp, options) => Configure(sp, options, provider, postgres));
        }
        else
        {
            services.AddDbContext<TContext, TSqliteContext>((sp, options) => Configure(sp, options, provider,
                connectionString ?? DefaultSqlite(sp.GetRequiredService<IOptions<NodeOptions>>().Value, serviceName)));
        }
        services.AddHostedService(sp => new SchemaMigrator<TContext>(sp, serviceName, sp.GetRequiredService<ILogger<SchemaMigrator<TContext>>>()));
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddHostedService<SqliteCheckpoints<TContext>>();
        }
        // Tagged with the service, so grpc.health.v1 Check(service: "<service>") includes it.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"{serviceName}-database", tags: [serviceName]);
        return services;
    }

    internal static DatabaseProvider ChooseProvider(string? configured, string? connectionString)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider)
                ? provider
                : throw new ArgumentException(
                    $"Database:Provider '{configured}' is not supported; use 'sqlite' or 'postgres'.");
        }
        return connectionString is not null && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        // Building blocks (the outbox, change feeds) hook in as interceptors registered in DI.
        options.AddInterceptors(sp.GetServices<IInterceptor>());
        options.UseProvider(provider, connectionString);
    }

    private static string DefaultSqlite(NodeOptions node, string serviceName)
    {
        Directory.CreateDirectory(node.DataPath);
        return $"Data Source={Path.Combine(node.DataPath, serviceName + ".db")};Pooling=True";
    }
}
