using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MassTransit;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Signing;
using TravelCorridor.Contracts;

namespace TravelCorridor.Testing;

/// <summary>
/// The corridor every test node belongs to: a node key for each of the eleven members and a corridor file
/// listing all of them (secretariat SG), made once per test run. Test nodes load it, so nodes of any members
/// accept each other's events; a test plays a member's node, or a forger, by signing with these keys.
/// </summary>
public static class TestCorridor
{
    public static readonly IReadOnlyList<string> Members = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"];

    private static readonly Lazy<string> Root = new(Create);
    private static readonly ConcurrentDictionary<string, EcSigningKey> Keys = new();

    /// <summary>The corridor file (<c>Corridor:File</c>).</summary>
    public static string FilePath => Path.Combine(Root.Value, "corridor.json");

    /// <summary>The private node key of <paramref name="member"/> (<c>Node:NodeKeyFile</c>).</summary>
    public static string NodeKeyFile(string member) => Path.Combine(Root.Value, $"{member.ToLowerInvariant()}-node-key.jwk");

    public static EcSigningKey NodeKey(string member) => Keys.GetOrAdd(member, m => SigningKeyFile.LoadOrCreate(NodeKeyFile(m), $"{m.ToLowerInvariant()}-node"));

    /// <summary>The settings that make a node <paramref name="member"/>'s node of this corridor.</summary>
    public static IReadOnlyDictionary<string, string> NodeSettings(string member) => new Dictionary<string, string>
    {
        ["Corridor:File"] = FilePath,
        ["Node:NodeKeyFile"] = NodeKeyFile(member),
    };

    /// <summary>The event's signature header as the node of <paramref name="signer"/> (by default its origin) makes it.</summary>
    public static string Sign(IIntegrationEvent change, string? signer = null) => EventSigner.Sign(NodeKey(signer ?? change.Origin), change);

    /// <summary>Publishes on a node's own bus as its origin's node would: signed.</summary>
    public static Task PublishSignedAsync(this IBus bus, IIntegrationEvent change) =>
        bus.Publish(change, change.GetType(), context => context.Headers.Set(EventSignature.Header, Sign(change)));

    private static string Create()
    {
        var root = ScratchDirectory.NewPath("tc-corridor");
        Directory.CreateDirectory(root);
        var members = new JsonArray();
        foreach (var member in Members)
        {
            using var key = SigningKeyFile.LoadOrCreate(Path.Combine(root, $"{member.ToLowerInvariant()}-node-key.jwk"), $"{member.ToLowerInvariant()}-node");
            members.Add(new JsonObject
            {
                ["code"] = member,
                ["nodeKeys"] = new JsonArray(new JsonObject { ["kid"] = key.KeyId, ["jwk"] = JsonNode.Parse(key.ToPublicJwk()) }),
            });
        }
        File.WriteAllText(Path.Combine(root, "corridor.json"), new JsonObject { ["secretariat"] = "SG", ["members"] = members }.ToJsonString());
        return root;
    }
}
