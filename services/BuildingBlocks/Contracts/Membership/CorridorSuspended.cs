namespace TravelCorridor.Contracts.Membership;

/// <summary>
/// Either member suspended a proposed or open corridor. Carries the corridor's whole state (see
/// <see cref="CorridorOpened"/>).
/// </summary>
public sealed record CorridorSuspended(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string CorridorId,
    string ProposingMember,
    string PartnerMember,
    IReadOnlyList<string> Purposes,
    int MaxStayDays,
    string SuspendedBy,
    string Reason,
    DateTimeOffset ProposedAt) : IIntegrationEvent;
