namespace TravelCorridor.Messaging.Replication;

/// <summary>The fields every event of a change made here carries; contract factories copy them in.</summary>
public sealed record EventHeader(Guid EventId, string Origin, long Sequence, DateTimeOffset OccurredAt);
