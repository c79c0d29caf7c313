namespace TravelCorridor.Messaging.Inbox;

/// <summary>Marks an event as handled by one consumer, so a redelivery or federation duplicate is a no-op.</summary>
public sealed class InboxRecord
{
    public Guid EventId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
