using Microsoft.Extensions.Options;
using TravelCorridor.Membership.Data;
using TravelCorridor.Messaging;
using TravelCorridor.Persistence;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Every write to membership goes through here: one writer at a time in this process (so change-log
/// sequences commit in order), the change-log row and — for local changes — the outbox row saved
/// in the same transaction as the state, then watchers woken.
/// </summary>
public sealed class MembershipUnitOfWork(
    MembershipDbContext db, MembershipWriteGate gate, ChangeFeed feed, IOptions<NodeOptions> node, TimeProvider time)
{
    public MembershipDbContext Db => db;

    public string Origin => node.Value.Member;

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<IDisposable> LockAsync(CancellationToken cancellationToken) => gate.EnterAsync(cancellationToken);

    /// <summary>A header for a change made on this node: a fresh EventId and this node's origin.</summary>
    public EventHeader NewHeader(long sequence) => new(Guid.NewGuid(), Origin, sequence, Now);

    /// <summary>Records a change made here: change log plus outbox.</summary>
    public void RecordLocal<TEvent>(TEvent message, EventHeader header, string aggregateKey) where TEvent : class
    {
        RecordReplicated(message, header);
        db.Enqueue(message, header.EventId, aggregateKey, header.OccurredAt);
    }

    /// <summary>Records a change made elsewhere: change log only (the origin published it).</summary>
    public void RecordReplicated<TEvent>(TEvent message, EventHeader header) where TEvent : class =>
        db.ChangeLog.Add(new ChangeLogEntry
        {
            EventType = typeof(TEvent).Name,
            Origin = header.Origin,
            OccurredAt = header.OccurredAt,
            Payload = System.Text.Json.JsonSerializer.Serialize(message, EventJson.Options),
        });

    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        feed.Pulse();
    }
}
