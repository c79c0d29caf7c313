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

    /// <summary>The signal of the outbox registered for <paramref name="contextType"/> (the type services resolve).</summary>
    public AsyncSignal For(Type contextType) => signals.GetOrAdd(contextType, static _ => new AsyncSignal());

    /// <summary>
    /// Wakes the outbox a committed context belongs to. The context's runtime type may be a subclass
    /// of the registered one (one per database engine, e.g. SqliteMembershipDbContext for
    /// MembershipDbContext), so the registered type is found by assignability, not equality.
    /// </summary>
    public void Pulse(Type committedContextType)
    {
        foreach (var (registered, signal) in signals)
        {
            if (registered.IsAssignableFrom(committedContextType))
            {
                signal.Pulse();
            }
        }
    }
}
