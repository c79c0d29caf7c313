namespace TravelCorridor.Signing;

/// <summary>
/// One key of the trust list as verification needs it. Key ids are unique per member only, so an
/// entry is named by member and key id together. Valid from <paramref name="NotBefore"/> (inclusive)
/// until <paramref name="NotAfter"/> (exclusive).
/// </summary>
public sealed record TrustListEntry(
    string Member,
    string KeyId,
    TrustedKeyUse Use,
    EcPublicKey PublicKey,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool Revoked);
