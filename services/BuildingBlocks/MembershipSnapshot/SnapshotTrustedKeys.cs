using System.Collections.Concurrent;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// The trust list as signature verification reads it, from the membership snapshot: no network call,
/// and while membership is unreachable the last known keys (revocations included) still apply.
/// </summary>
public sealed class SnapshotTrustedKeys(IMembershipSnapshot snapshot) : ITrustedKeyLookup
{
    // Parsing a JWK checks the point is on the curve; keys change rarely, so each distinct JWK is parsed once.
    private readonly ConcurrentDictionary<string, EcPublicKey?> parsed = new(StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var entries = new List<TrustListEntry>();
        foreach (var key in snapshot.Current.TrustedKeys.Values.Where(k => k.KeyId == keyId))
        {
            // Membership refuses unsound keys, so an unreadable one would be a defect; it is simply not trusted.
            if (Use(key.Use) is { } use && parsed.GetOrAdd(key.PublicKeyJwk, Parse) is { } publicKey)
            {
                entries.Add(new TrustListEntry(key.Member, key.KeyId, use, publicKey, key.NotBefore, key.NotAfter, key.Revoked));
            }
        }
        return ValueTask.FromResult<IReadOnlyList<TrustListEntry>>(entries);
    }

    private static EcPublicKey? Parse(string jwk) => PublicJwk.TryParse(jwk, out var key, out _) ? key : null;

    private static TrustedKeyUse? Use(KeyUse use) => use switch
    {
        KeyUse.Rules => TrustedKeyUse.Rules,
        KeyUse.Passes => TrustedKeyUse.Passes,
        KeyUse.Node => TrustedKeyUse.Node,
        _ => null,
    };
}
