using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Loads a read model before the node accepts calls. Registered after the database, whose schema and
/// seed are in place by then (hosted services start in registration order, before Kestrel).
/// </summary>
internal sealed class ReadModelLoader<TContext, TModel>(IServiceProvider services, TModel model) : IHostedService
    where TContext : MessagingDbContext
    where TModel : IReadModel<TContext>
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // Inside the write gate, so no replicated change can commit between the load and the swap.
        using var _ = await scope.ServiceProvider.GetRequiredService<WriteGate<TContext>>().EnterAsync(cancellationToken);
        await model.LoadAsync(scope.ServiceProvider.GetRequiredService<TContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
