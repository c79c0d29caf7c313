namespace TravelCorridor.Contracts.Membership;

/// <summary>The partner accepted a proposed corridor, which is now open. Carries the full terms.</summary>
public sealed record CorridorOpened(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CorridorId,
    string ProposingMember,
    string PartnerMember,
    IReadOnlyList<string> Purposes,
    int MaxStayDays) : IIntegrationEvent;
