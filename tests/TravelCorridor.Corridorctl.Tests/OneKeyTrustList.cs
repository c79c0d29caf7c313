using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>A trust list of one key, so that signatures are checked by the verifier nodes use.</summary>
internal sealed class OneKeyTrustList(TrustListEntry entry) : ITrustedKeyLookup
{
    public ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TrustListEntry>>(entry.KeyId == keyId ? [entry] : []);
}
