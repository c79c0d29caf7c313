using System.Text.Json.Nodes;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Persistence;

namespace TravelCorridor.Node;

/// <summary>
/// <c>corridor-node node-key --member SG [--data-dir data] [--key-file node-key.jwk] [--create]</c>: prints the
/// node key's entry for the corridor file (<c>{"kid":…,"jwk":{…}}</c>, public half only), the trust anchor every
/// other node needs. Creates the key only when asked, so a mistyped directory does not mint a key nobody trusts.
/// </summary>
internal static class NodeKeyCommand
{
    private const string Usage = "usage: corridor-node node-key --member SG [--data-dir DIR] [--key-file FILE] [--create]";

    public static int Run(string[] args)
    {
        if (CommandOptions.PrintedHelp(args, Usage))
        {
            return 0;
        }
        try
        {
            var create = args.Contains("--create");
            var options = CommandOptions.Parse(args.Where(a => a != "--create").ToArray());
            var member = options.GetValueOrDefault("member") ?? Environment.GetEnvironmentVariable("Node__Member")
                ?? throw new ArgumentException("--member is required.");
            var node = new NodeOptions
            {
                Member = member,
                DataDirectory = options.GetValueOrDefault("data-dir") ?? Environment.GetEnvironmentVariable("Node__DataDirectory") ?? "data",
                NodeKeyFile = options.GetValueOrDefault("key-file") ?? Environment.GetEnvironmentVariable("Node__NodeKeyFile") ?? "node-key.jwk",
            };
            if (!create && !File.Exists(node.NodeKeyPath))
            {
                Console.Error.WriteLine($"No node key at {node.NodeKeyPath}. A node creates it on first start; pass --create to create it now.");
                return 2;
            }
            using var key = SigningKeyFile.LoadOrCreate(node.NodeKeyPath, $"{node.MemberSlug}-node");
            Console.Error.WriteLine($"Node key of {member} at {node.NodeKeyPath}; list this entry under {member}'s nodeKeys in every node's corridor file:");
            Console.WriteLine(new JsonObject { ["kid"] = key.KeyId, ["jwk"] = JsonNode.Parse(key.ToPublicJwk()) }.ToJsonString());
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
