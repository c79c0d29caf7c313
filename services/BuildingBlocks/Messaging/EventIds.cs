namespace TravelCorridor.Messaging;

/// <summary>Identifiers of the events this node publishes.</summary>
public static class EventIds
{
    /// <summary>
    /// A version 7 UUID: unique like any other, but ordered by <paramref name="occurredAt"/>, so the unique
    /// indexes on event ids (the outbox here, the inbox on every receiving node) take each new id at their
    /// end. Random ids landed on a different index page each, and under load every commit wrote one page
    /// per event for that index alone.
    /// </summary>
    public static Guid New(DateTimeOffset occurredAt) => Guid.CreateVersion7(occurredAt);
}
