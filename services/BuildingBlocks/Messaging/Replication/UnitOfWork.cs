using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Persistence;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Every write to a service's data goes through here: one writer at a time in this process, the
/// outbox row of a local change saved in the same transaction as the state, the service's observers
/// (change log, read model) told of every change, local or replicated, in commit order.
/// </summary>
public sealed class UnitOfWork<TContext>(
    IServiceProvider scope,
    WriteGate<TContext> gate,
    IEnumerable<IChangeObserver<TContext>> observers,
    IOptions<NodeOptions> node,
    TimeProvider time) where TContext : MessagingDbContext
{
    /// <summary>
    /// Resolved on first use: the gRPC services that take commands also serve reads from memory, and
    /// building a DbContext for every read call cost a large share of a read's time.
    /// </summary>
    public TContext Db => field ??= scope.GetRequiredService<TContext>();

    /// <summary>This node's member code, the origin of every change made here.</summary>
    public string Origin => node.Value.Member;

    /// <summary>
    /// The one instant of this unit of work, read when the write gate is entered: the state and its
    /// event carry the same time, so origin and replicas agree field by field (see <see cref="StoredTime"/>).
    /// </summary>
    public DateTimeOffset Now { get; private set; }

    private bool recorded;

    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        var entered = await gate.EnterAsync(cancellationToken);
        Now = time.GetUtcNowInMicroseconds();
        return entered;
    }

    /// <summary>A header for a change made on this node: a fresh EventId and this node's origin.</summary>
    public EventHeader NewHeader(long sequence) => new(EventIds.New(Now), Origin, sequence, Now);

    /// <summary>Records a change made here to <paramref name="aggregate"/>: observers plus the outbox.</summary>
    public void RecordLocal(IVersioned aggregate, IIntegrationEvent change)
    {
        aggregate.ChangedBy = Origin;
        RecordReplicated(change);
        Db.Enqueue(change, AggregateKey.Of(Db, aggregate));
    }

    /// <summary>Records a change made elsewhere: observers only (its origin published it).</summary>
    public void RecordReplicated(IIntegrationEvent change)
    {
        recorded = true;
        foreach (var observer in observers)
        {
            observer.Recording(Db, change);
        }
    }

    /// <summary>
    /// Commits, then tells the observers, still inside the write gate the caller holds. A save with no
    /// recorded change (only an inbox claim: a duplicate, stale or own event) tells them nothing, so
    /// the read model is not rebuilt and watchers are not woken for it.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Told as a domain failure, so only the error mapping at the edge knows it becomes ABORTED.
            throw new AbortedException("CONCURRENT_MODIFICATION", "The resource was changed concurrently; read it again and retry.");
        }
        if (!recorded)
        {
            return;
        }
        recorded = false;
        foreach (var observer in observers)
        {
            await observer.CommittedAsync(Db, CancellationToken.None);
        }
    }
}
