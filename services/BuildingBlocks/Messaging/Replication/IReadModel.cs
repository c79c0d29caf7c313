namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// An in-memory view of a service's data that reads are served from: loaded once at start, then kept
/// current by every commit it observes (local or replicated), in commit order.
/// </summary>
public interface IReadModel<in TContext> : IChangeObserver<TContext>
{
    /// <summary>Loads the whole view from the database; called at start inside the write gate.</summary>
    Task LoadAsync(TContext db, CancellationToken cancellationToken);
}
