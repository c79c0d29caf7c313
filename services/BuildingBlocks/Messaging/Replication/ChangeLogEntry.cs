namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// One change of a service's data as this node saw it (its own or replicated), in the order it was
/// applied; <see cref="Sequence"/> is what <c>Watch…</c> clients resume from.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Sequence { get; set; }

    /// <summary>Contract name, e.g. <c>CorridorOpened</c>.</summary>
    public required string EventType { get; set; }

    public required string Origin { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The integration event as JSON (it carries the aggregate's state after the change).</summary>
    public required string Payload { get; set; }
}
