namespace TravelCorridor.Signing.Tests;

/// <summary>An in-memory trust list: what a membership snapshot will look like to the verifier.</summary>
internal sealed class TrustList(params TrustListEntry[] entries) : ITrustedKeyLookup
{
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TrustListEntry>>(entries.Where(e => e.KeyId == keyId).ToList());

    /// <summary>A RULES key of SG valid through 2026 and 2027, unless told otherwise.</summary>
    public static TrustListEntry Entry(EcSigningKey key, string member = "SG", TrustedKeyUse use = TrustedKeyUse.Rules,
        bool revoked = false, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null) =>
        new(member, key.KeyId, use, key.PublicKey, notBefore ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            notAfter ?? new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero), revoked);
}
