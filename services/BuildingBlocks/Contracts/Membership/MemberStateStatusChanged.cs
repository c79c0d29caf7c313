namespace TravelCorridor.Contracts.Membership;

/// <summary>
/// A member state was suspended or reinstated. Status is <c>ACTIVE</c> or <c>SUSPENDED</c>. Carries the member
/// state's whole state, its admission included, so it stands on its own whatever arrived before it.
/// </summary>
public sealed record MemberStateStatusChanged(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Code,
    string Name,
    string Status,
    string Reason,
    DateTimeOffset AdmittedAt) : IIntegrationEvent;
