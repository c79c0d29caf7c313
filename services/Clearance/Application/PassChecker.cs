using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Signing;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Verifies a clearance pass on any node, with nothing but the pass, the trust list (membership snapshot)
/// and the revocations this node has heard of: the signature by a PASSES key of the pass's issuer, the
/// validity window, and revocation. The first problem found is the answer, in that order.
/// </summary>
public sealed class PassChecker(SnapshotTrustedKeys trustedKeys, ClearanceDbContext db, TimeProvider time)
{
    /// <summary>Longer than any pass this service signs (about 900 characters).</summary>
    public const int MaxPassLength = 8_192;

    public async Task<PassVerdict> CheckAsync(string pass, CancellationToken cancellationToken)
    {
        if (!CompactJws.TryParse(pass, out var jws, out var problem, MaxPassLength))
        {
            return new(PassProblem.Malformed, $"The pass is not a compact JWS: {problem}", null);
        }
        if (jws.Type != PassClaims.MediaType || PassClaims.FromJson(jws.Payload.Span) is not { } claims)
        {
            return new(PassProblem.Malformed, $"The token is a JWS but not a clearance pass (typ must be {PassClaims.MediaType}).", null);
        }
        var now = time.GetUtcNow();
        var signature = await new JwsVerifier(trustedKeys, MaxPassLength).VerifyAsync(pass, claims.Issuer, TrustedKeyUse.Passes, now, cancellationToken);
        if (!signature.IsValid)
        {
            return new(ProblemOf(signature.Failure!.Value), signature.Message, claims);
        }
        if (now < claims.ValidFrom)
        {
            return new(PassProblem.NotYetValid, $"The pass is valid from {claims.ValidFrom:O}.", claims);
        }
        if (now >= claims.ValidUntil)
        {
            return new(PassProblem.Expired, $"The pass expired at {claims.ValidUntil:O}.", claims);
        }
        var revocation = await db.Revocations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ClearanceId == claims.ClearanceId && r.DecidingMember == claims.Issuer, cancellationToken);
        return revocation is null
            ? new(PassProblem.Unspecified, "The pass is valid.", claims)
            : new(PassProblem.Revoked, $"Clearance {claims.ClearanceId} was revoked by {claims.Issuer} at {revocation.RevokedAt:O}.", claims, revocation.RevokedAt);
    }

    private static PassProblem ProblemOf(JwsFailure failure) => failure switch
    {
        JwsFailure.UnknownKey => PassProblem.UnknownKey,
        JwsFailure.KeyOfAnotherMember => PassProblem.KeyOfAnotherMember,
        JwsFailure.WrongUse => PassProblem.WrongKeyUse,
        JwsFailure.Revoked => PassProblem.KeyRevoked,
        JwsFailure.OutsideValidity => PassProblem.KeyOutsideValidity,
        JwsFailure.BadSignature => PassProblem.BadSignature,
        _ => PassProblem.Malformed,
    };
}
