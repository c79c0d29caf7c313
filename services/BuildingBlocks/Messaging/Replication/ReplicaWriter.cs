using Microsoft.Extensions.Logging;
using TravelCorridor.Kernel;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Applies events from other nodes to this node's replica, the same way for every service: an event
/// is applied at most once per consumer (inbox keyed by EventId), only when it is newer than what the
/// replica holds (its Sequence is the aggregate's version), and events that came back from this node
/// itself are only marked as seen. Redeliveries, federation duplicates and out-of-order arrivals are
/// therefore harmless. A consumer supplies only how its event becomes state, and optionally its service's own
/// checks of what the event carries.
/// </summary>
/// <remarks>
/// On arrival an event has passed its authenticity (signature, author) in the receive filter; here the inbox
/// comes next, then the service's checks, then the state: a redelivered duplicate costs one lookup and is not
/// checked again, an event of this node's own is never checked, and the checks run outside the write gate, so
/// a slow one (a rule set's signature and document) does not hold up other writes.
/// </remarks>
public sealed class ReplicaWriter<TContext>(UnitOfWork<TContext> uow, MessagingMetrics metrics, ILogger<ReplicaWriter<TContext>> logger)
    where TContext : MessagingDbContext
{
    /// <param name="change">The event as received.</param>
    /// <param name="consumer">The consumer's name, the inbox key next to the EventId.</param>
    /// <param name="toState">
    /// The aggregate's state after the change, as a new detached object; <c>current</c> is what the
    /// replica held (null when nothing), for fields the event does not carry.
    /// </param>
    /// <param name="accept">The service's checks of an event from another node, after the inbox said it is new:
    /// false refuses it (the check logs and counts why) and nothing is stored, not even the claim, so the same
    /// event checked again later (a redelivery) is judged afresh.</param>
    public async Task ApplyAsync<TEvent, TState>(TEvent change, string consumer, Func<TEvent, TState?, TState> toState,
        CancellationToken cancellationToken, Func<TEvent, CancellationToken, Task<bool>>? accept = null)
        where TEvent : class, IIntegrationEvent
        where TState : class, IVersioned
    {
        if (accept is not null && change.Origin != uow.Origin)
        {
            if (await uow.Db.IsClaimedAsync(change.EventId, consumer, cancellationToken))
            {
                metrics.Consumed(consumer, ConsumeOutcome.Duplicate);
                Log(change, ConsumeOutcome.Duplicate);
                return;
            }
            if (!await accept(change, cancellationToken))
            {
                return;
            }
        }
        using var _ = await uow.LockAsync(cancellationToken);
        var db = uow.Db;
        var outcome = await DecideAsync(change, consumer, toState, cancellationToken);
        if (outcome == ConsumeOutcome.Applied)
        {
            uow.RecordReplicated(change);
        }
        if (outcome != ConsumeOutcome.Duplicate)
        {
            // Saves the inbox claim, and the new state when applied, in one transaction.
            await uow.SaveAsync(cancellationToken);
        }
        metrics.Consumed(consumer, outcome);
        Log(change, outcome);
    }

    private async Task<ConsumeOutcome> DecideAsync<TEvent, TState>(TEvent change, string consumer,
        Func<TEvent, TState?, TState> toState, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
        where TState : class, IVersioned
    {
        var db = uow.Db;
        if (!await db.TryClaimAsync(change.EventId, consumer, uow.Now, cancellationToken))
        {
            return ConsumeOutcome.Duplicate;
        }
        if (change.Origin == uow.Origin)
        {
            return ConsumeOutcome.Own;
        }
        var incoming = toState(change, null);
        incoming.ChangedBy = change.Origin;
        var current = await db.Set<TState>().FindAsync(AggregateKey.KeyValues(db, incoming), cancellationToken);
        if (current is not null && !ChangeOrder.Supersedes(change.Sequence, change.Origin, current.Version, current.ChangedBy))
        {
            if (change.Sequence != current.Version)
            {
                return ConsumeOutcome.Stale;
            }
            RecordTie(db, incoming, change, loser: change.Origin, winner: current.ChangedBy);
            return ConsumeOutcome.Superseded;
        }
        if (current is null)
        {
            db.Add(incoming);
        }
        else
        {
            if (change.Sequence == current.Version)
            {
                RecordTie(db, incoming, change, loser: current.ChangedBy, winner: change.Origin);
            }
            var state = toState(change, current);
            state.ChangedBy = change.Origin;
            db.Entry(current).CurrentValues.SetValues(state);
        }
        return ConsumeOutcome.Applied;
    }

    /// <summary>Two nodes made a change from the same version: say which one every node keeps.</summary>
    private void RecordTie(TContext db, object aggregate, IIntegrationEvent change, string loser, string winner)
    {
        db.SupersededChanges.Add(new SupersededChange
        {
            AggregateKey = AggregateKey.Of(db, aggregate),
            Version = change.Sequence,
            EventType = change.GetType().Name,
            LosingOrigin = loser,
            WinningOrigin = winner,
            RecordedAt = uow.Now,
        });
        var key = AggregateKey.Of(db, aggregate);
        metrics.Superseded(key[..Math.Max(0, key.IndexOf(':'))], loser, winner);
        if (loser == uow.Origin)
        {
            logger.LogError("A change made on this node to {Aggregate} at version {Version} was superseded by {Winner}'s concurrent change " +
                "and is undone on every node, this one included; make it again if it still applies (superseded_changes)", key, change.Sequence, winner);
            return;
        }
        logger.LogWarning("Concurrent changes to {Aggregate} at version {Version}: {Winner}'s change is kept on every node, {Loser}'s is superseded",
            key, change.Sequence, winner, loser);
    }

    private void Log(IIntegrationEvent change, ConsumeOutcome outcome)
    {
        var type = change.GetType().Name;
        switch (outcome)
        {
            case ConsumeOutcome.Applied:
                logger.LogInformation("Applied {Event} from {Origin} at version {Sequence}", type, change.Origin, change.Sequence);
                break;
            case ConsumeOutcome.Stale:
                logger.LogInformation("{Event} {EventId} from {Origin} is stale (version {Sequence} is not newer); ignored",
                    type, change.EventId, change.Origin, change.Sequence);
                break;
            case ConsumeOutcome.Duplicate:
                logger.LogDebug("{Event} {EventId} was handled before; ignored", type, change.EventId);
                break;
        }
    }
}
