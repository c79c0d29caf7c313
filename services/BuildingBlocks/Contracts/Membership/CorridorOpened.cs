namespace TravelCorridor.Contracts.Membership;

/// <summary>
/// The partner accepted a proposed corridor, which is now open. Carries the corridor's whole state, so a
/// replica that receives it before the proposal still holds every field the origin holds.
/// </summary>
public sealed record CorridorOpened(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CorridorId,
    string ProposingMember,
    string PartnerMember,
    IReadOnlyList<string> Purposes,
    int MaxStayDays,
    DateTimeOffset ProposedAt) : IIntegrationEvent;
