using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Persistence;

/// <summary>
/// Registers a service's DbContext: SQLite under the node's data directory by default, PostgreSQL
/// when <c>ConnectionStrings:&lt;service&gt;</c> holds a PostgreSQL connection string (or
/// <c>Database:Provider</c> says <c>postgres</c>). The schema is created at start.
/// </summary>
public static class ServiceDatabase
{
    public static IServiceCollection AddServiceDatabase<TContext>(
        this IServiceCollection services, IConfiguration configuration, string serviceName)
        where TContext : DbContext
    {
        var connectionString = configuration.GetConnectionString(serviceName);
        var provider = ChooseProvider(configuration["Database:Provider"], connectionString);

        services.AddDbContext<TContext>((sp, options) =>
        {
            // Building blocks (the outbox, change feeds) hook in as interceptors registered in DI.
            options.AddInterceptors(sp.GetServices<IInterceptor>());
            if (provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(connectionString);
                return;
            }
            var node = sp.GetRequiredService<IOptions<NodeOptions>>().Value;
            options.UseSqlite(connectionString ?? DefaultSqlite(node, serviceName))
                .AddInterceptors(new SqlitePragmas());
        });
        services.AddHostedService<SchemaInitializer<TContext>>();
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

    private static string DefaultSqlite(NodeOptions node, string serviceName)
    {
        Directory.CreateDirectory(node.DataPath);
        return $"Data Source={Path.Combine(node.DataPath, serviceName + ".db")};Pooling=True";
    }
}
