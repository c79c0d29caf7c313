namespace TravelCorridor.Contracts.Clearance;

/// <summary>
/// A clearance was revoked by the node that decided it (<c>Origin</c>); its pass fails verification on every
/// node that has received this. <c>Sequence</c> is 2, the clearance's second and last change.
/// </summary>
public sealed record ClearanceRevoked(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string ClearanceId,
    DateTimeOffset RevokedAt,
    string Reason) : IIntegrationEvent;
