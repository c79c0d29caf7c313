using TravelCorridor.Persistence;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// The outbox's way in for a writer that inserts its rows itself, in a transaction of its own and past EF Core's
/// change tracker (the audit log's group commit); everything else enqueues through its unit of work and
/// <c>SaveChanges</c>. Rows are built exactly as <see cref="MessagingDbContext.Enqueue"/> builds them, inserted
/// with one prepared statement, and the dispatcher is woken once the caller says the transaction committed.
/// </summary>
/// <remarks>Not thread-safe: one writer, on its own thread, per context type.</remarks>
public sealed class OutboxAppender<TContext>(OutboxSignals signals) where TContext : MessagingDbContext
{
    // Built from the first context's model (one engine per node), then reused.
    private RowInserter<OutboxMessage>? inserter;

    /// <summary>Inserts the events' rows inside the caller's open transaction on <paramref name="db"/>.</summary>
    public void Append(TContext db, IEnumerable<(IIntegrationEvent Event, string AggregateKey)> events)
    {
        inserter ??= new RowInserter<OutboxMessage>(db);
        inserter.Insert(db, events.Select(e => MessagingDbContext.OutboxRow(e.Event, e.AggregateKey)));
    }

    /// <summary>After the caller's commit: wakes the outbox's dispatcher.</summary>
    public void Committed(TContext db) => signals.Pulse(db.GetType());
}
