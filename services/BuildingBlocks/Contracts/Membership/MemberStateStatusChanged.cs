namespace TravelCorridor.Contracts.Membership;

/// <summary>A member state was suspended or reinstated. Status is <c>ACTIVE</c> or <c>SUSPENDED</c>.</summary>
public sealed record MemberStateStatusChanged(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Code,
    string Name,
    string Status,
    string Reason) : IIntegrationEvent;
