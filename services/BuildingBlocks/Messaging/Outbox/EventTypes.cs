using System.Collections.Concurrent;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>Finds a contract type by the full name stored in the outbox.</summary>
internal sealed class EventTypes
{
    private static readonly System.Reflection.Assembly Contracts = typeof(Contracts.Membership.MemberStateAdmitted).Assembly;
    private readonly ConcurrentDictionary<string, Type> known = new();

    public Type Resolve(string fullName) => known.GetOrAdd(fullName, static name =>
        Contracts.GetType(name) ?? throw new InvalidOperationException($"Unknown event type '{name}' in the outbox."));
}
