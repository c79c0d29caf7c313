using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Compiles every stored rule set before the node accepts calls (hosted services start in registration
/// order, after the database is migrated and before Kestrel listens).
/// </summary>
internal sealed class RuleSetCatalogLoader(IServiceProvider services, RuleSetCatalog catalog) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // Inside the write gate, so no received set can commit between the load and the swap.
        using var _ = await scope.ServiceProvider.GetRequiredService<WriteGate<EligibilityDbContext>>().EnterAsync(cancellationToken);
        await catalog.LoadAsync(scope.ServiceProvider.GetRequiredService<EligibilityDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
