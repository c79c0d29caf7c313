using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TravelCorridor.Membership.Data;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Loads the read model before the node accepts calls. Registered after the database, whose schema
/// and seed are in place by then (hosted services start in registration order, before Kestrel).
/// </summary>
internal sealed class MembershipReadModelLoader(IServiceProvider services, MembershipReadModel model) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        // Inside the write gate, so no replicated change can commit between the load and the swap.
        using var _ = await scope.ServiceProvider.GetRequiredService<WriteGate<MembershipDbContext>>().EnterAsync(cancellationToken);
        await model.ReloadAsync(scope.ServiceProvider.GetRequiredService<MembershipDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
