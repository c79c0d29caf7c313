namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// An outbox row that could never be published (its body does not deserialise, or its type is not
/// known to this node), moved aside after a bounded number of attempts so the rows behind it flow.
/// Kept with the reason for an operator to inspect, repair and re-queue by hand.
/// </summary>
public sealed class OutboxDeadLetter
{
    /// <summary>The outbox row's id, kept so the original order can be reconstructed.</summary>
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public required string MessageType { get; set; }

    public required string Body { get; set; }

    public required string AggregateKey { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset DeadLetteredAt { get; set; }

    public int Attempts { get; set; }

    public required string Reason { get; set; }
}
