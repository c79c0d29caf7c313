using System.Collections.Frozen;

namespace TravelCorridor.Signing.Corridor;

/// <summary>
/// The node keys of a corridor file's members as a trust list: each an active NODE key of its member, valid
/// forever (a node key is replaced by editing the file on every node, not by dates). Whoever verifies an event's
/// signature looks its key up here — a node, or <c>corridorctl events tail --corridor</c>.
/// </summary>
public sealed class CorridorKeys : ITrustedKeyLookup
{
    private readonly FrozenDictionary<string, IReadOnlyList<TrustListEntry>> byKeyId;

    public CorridorKeys(IEnumerable<CorridorMember> members)
    {
        byKeyId = members
            .SelectMany(m => m.NodeKeys.Select(k => new TrustListEntry(m.Code, k.KeyId, TrustedKeyUse.Node, k.PublicKey,
                DateTimeOffset.MinValue, DateTimeOffset.MaxValue, Revoked: false)))
            .GroupBy(e => e.KeyId)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<TrustListEntry>)g.ToList());
    }

    public ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(byKeyId.GetValueOrDefault(keyId) ?? []);
}
