namespace TravelCorridor.Contracts.Clearance;

/// <summary>
/// A traveller was denied entry by the node of <c>Origin</c> (the deciding member). No personal data: the traveller
/// is <c>TravellerReference</c>, a keyed hash only the deciding node can recompute. <c>Sequence</c> is 1: a
/// decision is never changed, only revoked (<see cref="ClearanceRevoked"/>).
/// </summary>
public sealed record TravellerDenied(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string ClearanceId,
    string TravellerReference,
    string TripOrigin,
    string TripDestination,
    string Purpose,
    string RuleSetMember,
    long RuleSetVersion,
    long MembershipSequence,
    IReadOnlyList<string> Reasons) : IIntegrationEvent;
