using System.Collections.Concurrent;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// One wake-up call per outbox (per service database), so a commit in one service wakes that
/// service's dispatcher and no other: a single node-wide signal would let one pulse wake the wrong
/// dispatcher and leave the right one asleep until its idle re-check.
/// </summary>
public sealed class OutboxSignals
{
    private readonly ConcurrentDictionary<Type, AsyncSignal> signals = new();

    public AsyncSignal For(Type contextType) => signals.GetOrAdd(contextType, static _ => new AsyncSignal());
}
