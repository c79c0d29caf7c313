using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TravelCorridor.Messaging.Tests.SecondService;

/// <summary>Adds the second service's database and outbox to a node under test.</summary>
internal static class SecondServiceRegistration
{
    public static void AddSecondService(WebApplicationBuilder builder, string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "second-service.db");
        builder.Services.AddDbContext<SecondServiceDbContext>((sp, options) =>
            options.UseSqlite($"Data Source={path}").AddInterceptors(sp.GetServices<IInterceptor>()));
        builder.Services.AddHostedService<SecondServiceSchema>();
        builder.Services.AddOutbox<SecondServiceDbContext>();
    }

    /// <summary>A test-only context has no migrations; its two tables are created straight from the model.</summary>
    private sealed class SecondServiceSchema(IServiceProvider services) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            var creator = scope.ServiceProvider.GetRequiredService<SecondServiceDbContext>().GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken))
            {
                await creator.CreateAsync(cancellationToken);
                await creator.CreateTablesAsync(cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
