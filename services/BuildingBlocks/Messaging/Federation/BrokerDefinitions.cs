using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TravelCorridor.Contracts;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Messaging.Federation;

/// <summary>
/// The RabbitMQ definitions (users, permissions, federation upstreams, policy) of one member's broker, made
/// from the corridor file, so a corridor of any size is wired the same way and nobody writes a federation by
/// hand. Every peer with a broker in the file becomes an upstream (full mesh, <c>max-hops</c> 1 so an event
/// crosses one link and never echoes back, <c>ack-mode</c> on-confirm so a link acknowledges upstream only once
/// this broker has the event). On this broker each peer gets a federation user of its own that may read the
/// contract exchanges and configure and write only <c>federation: </c> resources, the queues and exchanges its
/// link declares: a peer can take this member's events but never put an event in one of its exchanges (events
/// are signed as well; this keeps a peer's broker from even trying).
/// </summary>
/// <remarks>
/// A peer's events for this member wait in a queue on the peer's broker (<c>federation: EXCHANGE -&gt; NODE</c>)
/// while this broker or the link is down, and stay there for good once a member leaves the corridor: an operator
/// removing a member deletes those queues on every peer (docs/operations.md).
/// Passwords come from <see cref="FederationSecrets"/>. This broker's own users are stored as RabbitMQ's salted
/// SHA-256 hashes; only the credentials this broker presents to its peers (in the upstream URIs) are plain,
/// because it must present them: keep the generated file as secret as the secrets directory.
/// </remarks>
public static class BrokerDefinitions
{
    /// <summary>The exchanges every broker federates: every TravelCorridor contract's.</summary>
    public const string ContractExchanges = @"^TravelCorridor\.Contracts\.";

    /// <summary>A peer's federation user: configure and write its link's own resources, read contracts and them.</summary>
    public static readonly IReadOnlyList<string> FederationPermissions = ["^federation: ", "^federation: ", @"^(TravelCorridor\.Contracts\.|federation: )"];

    public static string NodeUser(string member) => $"{member.ToLowerInvariant()}-node";

    /// <summary>The user <paramref name="peer"/>'s broker connects as to another member's broker.</summary>
    public static string FederationUser(string peer) => $"{peer.ToLowerInvariant()}-federation";

    /// <exception cref="ArgumentException"><paramref name="member"/> is not in the file, or a peer's broker is not an amqp:// URI.</exception>
    public static JsonObject For(CorridorFile corridor, string member, FederationSecrets secrets)
    {
        var self = corridor.Members.FirstOrDefault(m => m.Code == member)
            ?? throw new ArgumentException($"{member} is not a member in the corridor file (members: {string.Join(", ", corridor.Members.Select(m => m.Code))}).");
        var peers = corridor.Members.Where(m => m.Code != self.Code && m.Broker is not null).ToList();
        var users = new JsonArray(User(NodeUser(self.Code), secrets.NodePassword(self.Code), "management"));
        var permissions = new JsonArray(Permission(NodeUser(self.Code), ".*", ".*", ".*"));
        var upstreams = new JsonArray();
        foreach (var peer in peers)
        {
            users.Add(User(FederationUser(peer.Code), secrets.FederationPassword(peer.Code, self.Code)));
            permissions.Add(Permission(FederationUser(peer.Code), FederationPermissions[0], FederationPermissions[1], FederationPermissions[2]));
            upstreams.Add(Upstream(peer, FederationUser(self.Code), secrets.FederationPassword(self.Code, peer.Code)));
        }
        return new JsonObject
        {
            ["rabbit_version"] = "3.10.0",
            ["users"] = users,
            ["vhosts"] = new JsonArray(new JsonObject { ["name"] = "/" }),
            ["permissions"] = permissions,
            ["exchanges"] = ContractExchangeDefinitions(),
            ["parameters"] = upstreams,
            ["policies"] = new JsonArray(new JsonObject
            {
                ["vhost"] = "/",
                ["name"] = "federate-corridor-events",
                ["pattern"] = ContractExchanges,
                ["apply-to"] = "exchanges",
                ["priority"] = 10,
                ["definition"] = new JsonObject { ["federation-upstream-set"] = "all" },
            }),
        };
    }

    /// <summary>
    /// Every contract's exchange, declared when the broker boots as MassTransit would declare it on a first publish
    /// (fanout, durable). A peer's federation link needs the upstream exchange to exist: without it the link tries
    /// to declare it, its user may not (configure is <c>federation: </c> only), and the link fails every few
    /// seconds until this member happens to publish that event type (a member with no border officers never
    /// publishes <c>TravellerCleared</c>).
    /// </summary>
    private static JsonArray ContractExchangeDefinitions() => new([.. EventContracts.All.Select(type => (JsonNode)new JsonObject
    {
        ["name"] = EventContracts.ExchangeName(type),
        ["vhost"] = "/",
        ["type"] = "fanout",
        ["durable"] = true,
        ["auto_delete"] = false,
        ["internal"] = false,
        ["arguments"] = new JsonObject(),
    })]);

    /// <summary>RabbitMQ's <c>rabbit_password_hashing_sha256</c>: base64(salt ‖ SHA-256(salt ‖ password)), 4-byte salt.</summary>
    public static string PasswordHash(string password, byte[]? salt = null)
    {
        salt ??= RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }

    private static JsonObject User(string name, string password, string? tag = null) => new()
    {
        ["name"] = name,
        ["password_hash"] = PasswordHash(password),
        ["hashing_algorithm"] = "rabbit_password_hashing_sha256",
        ["tags"] = tag is null ? new JsonArray() : new JsonArray(tag),
        ["limits"] = new JsonObject(),
    };

    private static JsonObject Permission(string user, string configure, string write, string read) => new()
    {
        ["user"] = user, ["vhost"] = "/", ["configure"] = configure, ["write"] = write, ["read"] = read,
    };

    private static JsonObject Upstream(CorridorMember peer, string user, string password)
    {
        if (!Uri.TryCreate(peer.Broker, UriKind.Absolute, out var broker) || broker.Scheme is not ("amqp" or "amqps") || !string.IsNullOrEmpty(broker.UserInfo))
        {
            throw new ArgumentException(
                $"The broker of {peer.Code} in the corridor file must be an amqp:// or amqps:// address without credentials, got '{peer.Broker}'.");
        }
        var uri = new UriBuilder(broker) { UserName = Uri.EscapeDataString(user), Password = Uri.EscapeDataString(password) }.Uri;
        return new JsonObject
        {
            ["vhost"] = "/",
            ["component"] = "federation-upstream",
            ["name"] = peer.Code.ToLowerInvariant(),
            ["value"] = new JsonObject
            {
                ["uri"] = uri.AbsoluteUri.TrimEnd('/'),
                ["ack-mode"] = "on-confirm",
                ["max-hops"] = 1,
                ["trust-user-id"] = false,
                // Keep the queue on the peer's broker that buffers this member's share of the peer's events when
                // the link stops. By default a link deletes it on a clean stop, and a broker's shutdown is one: the
                // peer's events published while this broker was down were dropped for want of a queue (found by
                // deploy/chaos.sh --seed 42). The names are fixed, so the restarted link finds the queue again.
                ["resource-cleanup-mode"] = "never",
            },
        };
    }
}
