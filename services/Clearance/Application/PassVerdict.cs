using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;

namespace TravelCorridor.Clearance.Application;

/// <summary>What verifying a pass found: valid, or the problem and why; the claims whenever they could be read.</summary>
public sealed record PassVerdict(PassProblem Problem, string Message, PassClaims? Claims, DateTimeOffset? RevokedAt = null,
    DateTimeOffset? SuspendedSince = null, bool HolderChecked = false)
{
    public bool IsValid => Problem == PassProblem.Unspecified;
}
