
namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Something a service wants done with every change of its data, made here or replicated from
/// another node: a change-log row, an in-memory read model swapped after the commit.
/// </summary>
public interface IChangeObserver<in TContext>
{
    /// <summary>Before the save, inside the unit of work: rows added here commit with the change.</summary>
    void Recording(TContext db, IIntegrationEvent change);

    /// <summary>After the commit, still inside the write gate, so observers see commits in commit order.</summary>
    Task CommittedAsync(TContext db, CancellationToken cancellationToken);
}
