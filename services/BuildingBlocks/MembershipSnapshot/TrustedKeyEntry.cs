using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// A public key of the trust list, in the shape a signature verifier needs: whose it is, its
/// <c>kid</c>, what it may sign, the key itself as a JWK (EC P-256) and when it may be trusted.
/// </summary>
public sealed record TrustedKeyEntry(
    string Member,
    string KeyId,
    KeyUse Use,
    string PublicKeyJwk,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool Revoked,
    string RevocationReason,
    DateTimeOffset? RevokedAt,
    long Version)
{
    public TrustedKeyId Id => new(Member, KeyId);

    /// <summary>
    /// Whether a signature made for <paramref name="use"/> at <paramref name="instant"/> may be verified
    /// with this key. A revoked key is trusted for nothing: a revocation usually means it leaked.
    /// </summary>
    public bool IsTrustedFor(KeyUse use, DateTimeOffset instant) =>
        !Revoked && Use == use && instant >= NotBefore && instant < NotAfter;
}
