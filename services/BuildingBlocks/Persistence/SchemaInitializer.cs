using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Persistence;

/// <summary>
/// Creates the service's schema before the node accepts calls (hosted services start before
/// Kestrel), then runs the context's seeding through <see cref="ISeedData{TContext}"/> if any.
/// </summary>
internal sealed class SchemaInitializer<TContext>(IServiceProvider services, ILogger<SchemaInitializer<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        logger.LogInformation("{Context} schema {State} ({Provider})", typeof(TContext).Name,
            created ? "created" : "present", db.Database.ProviderName);
        foreach (var seed in scope.ServiceProvider.GetServices<ISeedData<TContext>>())
        {
            await seed.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
