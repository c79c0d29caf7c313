namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// A revocation this node has heard of, its own or another node's (<c>ClearanceRevoked</c>): what pass
/// verification checks, since a node verifies passes of decisions it never saw.
/// </summary>
public sealed class KnownRevocation
{
    public required string ClearanceId { get; init; }

    public required string DecidingMember { get; init; }

    public required DateTimeOffset RevokedAt { get; init; }
}
