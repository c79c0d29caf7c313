using System.Text.Json;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging.Replication;

/// <summary>Writes every change, local or replicated, to the service's change log and wakes its watchers on commit.</summary>
public sealed class ChangeLog<TContext>(ChangeFeed<TContext> feed) : IChangeObserver<TContext>
    where TContext : MessagingDbContext, IChangeLogContext
{
    public void Recording(TContext db, IIntegrationEvent change) =>
        db.ChangeLog.Add(new ChangeLogEntry
        {
            EventType = change.GetType().Name,
            Origin = change.Origin,
            OccurredAt = change.OccurredAt,
            Payload = JsonSerializer.Serialize(change, change.GetType(), EventJson.Options),
        });

    public Task CommittedAsync(TContext db, CancellationToken cancellationToken)
    {
        feed.Pulse();
        return Task.CompletedTask;
    }
}
