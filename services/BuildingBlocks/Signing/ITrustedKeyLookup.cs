namespace TravelCorridor.Signing;

/// <summary>
/// Where verification finds keys: the membership trust list, or a node's in-memory membership snapshot.
/// </summary>
public interface ITrustedKeyLookup
{
    /// <summary>
    /// Every entry with this key id, whichever member owns it and including revoked ones, so that
    /// verification can say *why* a key does not fit rather than only that none was found.
    /// </summary>
    ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken);
}
