using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// This node's NODE key (<see cref="NodeOptions.NodeKeyFile"/>, created on first start with the key id
/// <c>&lt;member&gt;-node-&lt;fingerprint&gt;</c>): it signs every event the node publishes, and every other node
/// checks those signatures against the member's anchors in its corridor file.
/// </summary>
public sealed class NodeSigningKey : IDisposable
{
    public NodeSigningKey(IOptions<NodeOptions> node)
    {
        var options = node.Value;
        Path = options.NodeKeyPath;
        Key = SigningKeyFile.LoadOrCreate(Path, $"{options.MemberSlug}-node");
    }

    public EcSigningKey Key { get; }

    /// <summary>Where the private key is kept.</summary>
    public string Path { get; }

    public void Dispose() => Key.Dispose();
}
