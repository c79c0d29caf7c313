namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// One decision in the audit log. Holds no personal data beyond the keyed traveller reference: the
/// application itself is never stored (see <see cref="TravellerReference"/>). Written once, when decided;
/// only the revocation fields change afterwards.
/// </summary>
public sealed class ClearanceRecord
{
    public required string ClearanceId { get; init; }

    /// <summary>Orders the log newest first for paging: see <see cref="ClearanceListKey"/>.</summary>
    public required string ListKey { get; init; }

    public required string DecidingMember { get; init; }

    /// <summary>CLEARED, REFERRED or DENIED.</summary>
    public required string Outcome { get; init; }

    public required string TravellerReference { get; init; }

    public required string Origin { get; init; }

    public required string Destination { get; init; }

    /// <summary>The purpose's proto number.</summary>
    public required int Purpose { get; init; }

    public required DateTimeOffset DepartureTime { get; init; }

    public required DateTimeOffset ArrivalTime { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public required string DecidedBy { get; init; }

    public required string RuleSetMember { get; init; }

    public required long RuleSetVersion { get; init; }

    public required long MembershipSequence { get; init; }

    /// <summary>The whole decision as the API answered it (travelcorridor.type.v1.Decision, binary).</summary>
    public required byte[] Decision { get; init; }

    public string? Pass { get; init; }

    public DateTimeOffset? PassValidUntil { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevocationReason { get; set; }
}
