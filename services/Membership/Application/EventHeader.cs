namespace TravelCorridor.Membership.Application;

/// <summary>The fields every membership event carries, whatever its type.</summary>
public sealed record EventHeader(Guid EventId, string Origin, long Sequence, DateTimeOffset OccurredAt);
