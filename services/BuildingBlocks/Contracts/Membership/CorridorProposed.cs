namespace TravelCorridor.Contracts.Membership;

/// <summary>One member proposed a corridor (or new terms for a suspended one) to a partner.</summary>
public sealed record CorridorProposed(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CorridorId,
    string ProposingMember,
    string PartnerMember,
    IReadOnlyList<string> Purposes,
    int MaxStayDays) : IIntegrationEvent;
