namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the state
/// change it announces. Rows are kept after publishing (with <see cref="SentAt"/>) as a local record.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Publishing order: strictly increasing within one database.</summary>
    public long Id { get; set; }

    public Guid EventId { get; set; }

    /// <summary>Full .NET type name of the contract, e.g. <c>TravelCorridor.Contracts.Membership.CorridorOpened</c>.</summary>
    public required string MessageType { get; set; }

    /// <summary>The event serialized as JSON.</summary>
    public required string Body { get; set; }

    /// <summary>The aggregate the event belongs to, e.g. <c>corridor:MY-SG</c>.</summary>
    public required string AggregateKey { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
