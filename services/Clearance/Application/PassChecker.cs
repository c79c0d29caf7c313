using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;
using TravelCorridor.Kernel;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Verifies a clearance pass on any node, with nothing but the pass, the membership snapshot (trust list,
/// corridors, member states), the revocations this node has heard of and, on the issuing node, its audit log:
/// the signature by a PASSES key of the pass's issuer, the validity window, revocation, that the issuing node
/// knows the clearance, that neither the corridor nor a member of the trip was suspended since the pass was
/// issued, and — when the traveller presents a document — that the pass is theirs. The first problem found is
/// the answer, in that order.
/// </summary>
public sealed class PassChecker(SnapshotTrustedKeys trustedKeys, IMembershipSnapshot membership, ClearanceDbContext db,
    IOptions<NodeOptions> node, TimeProvider time)
{
    /// <summary>Longer than any pass this service signs (about 1,100 characters).</summary>
    public const int MaxPassLength = 8_192;

    /// <param name="presented">The travel document presented with the pass, if any: issuing state, number, date of birth (optional).</param>
    public async Task<PassVerdict> CheckAsync(string pass, (string IssuingState, string Number, string? DateOfBirth)? presented,
        CancellationToken cancellationToken)
    {
        if (!CompactJws.TryParse(pass, out var jws, out var problem, MaxPassLength))
        {
            return new(PassProblem.Malformed, $"The pass is not a compact JWS: {problem}", null);
        }
        if (jws.Type != PassClaims.MediaType)
        {
            return new(PassProblem.Malformed, $"The token is a JWS but not a clearance pass: its typ is '{jws.Type}', a pass's is {PassClaims.MediaType}.", null);
        }
        if (!PassClaims.TryRead(jws.Payload.Span, out var claims, out problem))
        {
            return new(PassProblem.Malformed, $"The token has a pass's typ, but {problem}.", null);
        }
        var now = time.GetUtcNow();
        var signature = await new JwsVerifier(trustedKeys, MaxPassLength).VerifyAsync(pass, claims.Issuer, TrustedKeyUse.Passes, now, cancellationToken);
        if (!signature.IsValid)
        {
            return new(ProblemOf(signature.Failure!.Value), signature.Message, claims);
        }
        return await StandingAsync(claims, now, cancellationToken) ?? Holder(claims, presented);
    }

    /// <summary>Whether what the pass relies on still stands: its window, revocation, its clearance, its corridor and members.</summary>
    private async Task<PassVerdict?> StandingAsync(PassClaims claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
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
        if (revocation is not null)
        {
            return new(PassProblem.Revoked, $"Clearance {claims.ClearanceId} was revoked by {claims.Issuer} at {revocation.RevokedAt:O}.", claims,
                revocation.RevokedAt);
        }
        // Only the issuing node holds the audit log: a pass its key signed for a clearance it never recorded
        // means the key signed something it should not have.
        if (claims.Issuer == node.Value.Member &&
            !await db.Clearances.AsNoTracking().AnyAsync(c => c.ClearanceId == claims.ClearanceId, cancellationToken))
        {
            return new(PassProblem.UnknownClearance,
                $"The pass carries this node's signature, but this node's audit log holds no clearance {claims.ClearanceId}.", claims);
        }
        return Suspension(claims, membership.Current);
    }

    /// <summary>The corridor or a member of the trip suspended since the pass was issued (the snapshot's view now).</summary>
    private static PassVerdict? Suspension(PassClaims claims, MembershipView view)
    {
        foreach (var code in new[] { claims.Origin, claims.Destination })
        {
            if (view.FindMember(code) is { IsActive: false } member && member.StatusChangedAt > claims.ValidFrom)
            {
                return new(PassProblem.MemberSuspended,
                    $"Member state {code} was suspended at {member.StatusChangedAt:O}, after the pass was issued ({claims.ValidFrom:O}).",
                    claims, SuspendedSince: member.StatusChangedAt);
            }
        }
        var corridor = view.FindCorridor(CorridorIds.For(claims.Origin, claims.Destination));
        if (corridor is null)
        {
            return null; // not known here (yet): nothing to say against the pass
        }
        if (corridor.Status != Membership.V1.CorridorStatus.Open && corridor.StatusChangedAt > claims.ValidFrom)
        {
            return new(PassProblem.CorridorSuspended,
                $"Corridor {corridor.CorridorId} is {corridor.Status.ToString().ToLowerInvariant()} since {corridor.StatusChangedAt:O}, after the pass was issued ({claims.ValidFrom:O}).",
                claims, SuspendedSince: corridor.StatusChangedAt);
        }
        // Open again, but on terms proposed after the pass: it was suspended in between.
        return corridor.ProposedAt > claims.ValidFrom
            ? new(PassProblem.CorridorSuspended,
                $"Corridor {corridor.CorridorId} was suspended after the pass was issued ({claims.ValidFrom:O}) and opened again on terms proposed at {corridor.ProposedAt:O}.",
                claims, SuspendedSince: corridor.ProposedAt)
            : null;
    }

    private static PassVerdict Holder(PassClaims claims, (string IssuingState, string Number, string? DateOfBirth)? presented)
    {
        if (presented is not { } document)
        {
            return new(PassProblem.Unspecified, "The pass is valid; no document was presented, so its holder was not checked.", claims);
        }
        var withBirth = string.IsNullOrEmpty(document.DateOfBirth) ? "" : " and date of birth";
        return PassHolder.Matches(claims, document.IssuingState, document.Number, document.DateOfBirth)
            ? new(PassProblem.Unspecified, $"The pass is valid and was issued for the presented document{withBirth}.", claims, HolderChecked: true)
            : new(PassProblem.HolderMismatch,
                $"The pass was not issued for the presented document ({document.IssuingState} {document.Number}){withBirth}.", claims, HolderChecked: true);
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
