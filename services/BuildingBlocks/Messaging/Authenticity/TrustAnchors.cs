using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// The node keys this node accepts events from, read once at start from the corridor file
/// (<see cref="CorridorOptions.File"/>); without one, only this node's own key (a lone node). These keys
/// never come from events: the trust list that arrives by events is itself authenticated with them, so
/// someone who can publish to a broker cannot add one. Replacing a member's node key is an operator action
/// on every node: list the new key beside the old one in every node's corridor file, restart the nodes,
/// switch the member's node to the new key, then remove the old one.
/// </summary>
public sealed class TrustAnchors : ITrustedKeyLookup
{
    private readonly CorridorKeys keys;

    public TrustAnchors(IOptions<CorridorOptions> corridor, IOptions<NodeOptions> node, NodeSigningKey own)
    {
        var here = node.Value.Member;
        var path = corridor.Value.File;
        var file = string.IsNullOrWhiteSpace(path) ? null : CorridorFile.Read(path);
        FilePath = file is null ? null : Path.GetFullPath(path!);
        Secretariat = file?.Secretariat;
        var members = file?.Members.ToList() ?? [];
        var listed = members.FirstOrDefault(m => m.Code == here);
        if (listed is null)
        {
            members.Add(new CorridorMember(here, [new NodeAnchor(own.Key.KeyId, own.Key.PublicKey)], null));
        }
        else if (!listed.NodeKeys.Any(k => k.KeyId == own.Key.KeyId && k.PublicKey.Equals(own.Key.PublicKey)))
        {
            // Every other node would refuse this node's events: say so at start rather than by silence later.
            throw new ArgumentException($"This node's key {own.Key.KeyId} ({own.Path}) is not among {here}'s node keys in the corridor file " +
                $"{FilePath}. Add {{\"kid\":\"{own.Key.KeyId}\",\"jwk\":{own.Key.ToPublicJwk()}}} to {here}'s nodeKeys on every node, " +
                "or point Node:NodeKeyFile at the key the file lists.");
        }
        Members = members;
        keys = new CorridorKeys(members);
    }

    /// <summary>The corridor file read, or null on a lone node.</summary>
    public string? FilePath { get; }

    /// <summary>The secretariat the corridor file names, if any.</summary>
    public string? Secretariat { get; }

    /// <summary>Every member this node accepts events from, this node's own included.</summary>
    public IReadOnlyList<CorridorMember> Members { get; }

    public ValueTask<IReadOnlyList<TrustListEntry>> FindAsync(string keyId, CancellationToken cancellationToken) =>
        keys.FindAsync(keyId, cancellationToken);
}
