using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;
using TravelCorridor.Persistence;

namespace TravelCorridor.Node;

/// <summary>
/// <c>corridor-node token --role member-admin --member SG [--lifetime 8h] [--subject alice]
/// [--data-dir data] [--key-file dev-token-key.jwk]</c>: prints a development token signed with the node's token
/// key (<c>Node:TokenKeyFile</c>, under the data directory by default: the same key the node validates with).
/// </summary>
internal static class TokenCommand
{
    private const string Usage =
        "usage: corridor-node token --role <corridor-admin|member-admin|border-officer|observer> [--member SG] " +
        "[--lifetime 8h|30m|1d] [--subject NAME] [--data-dir DIR] [--key-file FILE] [--create-key]";

    public static int Run(string[] args)
    {
        if (CommandOptions.PrintedHelp(args, Usage))
        {
            return 0;
        }
        try
        {
            var createKey = args.Contains("--create-key");
            var options = CommandOptions.Parse(args.Where(a => a != "--create-key").ToArray());
            var node = new NodeOptions { DataDirectory = options.GetValueOrDefault("data-dir") ?? Environment.GetEnvironmentVariable("Node__DataDirectory") ?? "data" };
            if ((options.GetValueOrDefault("key-file") ?? Environment.GetEnvironmentVariable("Node__TokenKeyFile")) is { Length: > 0 } keyFile)
            {
                node.TokenKeyFile = keyFile;
            }
            if (!createKey && !File.Exists(node.TokenKeyPath))
            {
                // A token signed with a key no node has is refused everywhere (TOKEN_NOT_TRUSTED): say so now instead.
                Console.Error.WriteLine($"No token key at {node.TokenKeyPath}. A node creates it in its data directory on first start: " +
                    "pass that node's --data-dir (or --key-file), or --create-key to create a key here.");
                return 2;
            }
            var key = DevelopmentSigningKey.LoadOrCreate(node);
            Console.Error.WriteLine($"Signed with the token key at {node.TokenKeyPath}.");
            var role = options.GetValueOrDefault("role") ?? throw new ArgumentException("--role is required.");
            var token = DevelopmentTokens.Issue(key, role, options.GetValueOrDefault("member"),
                options.GetValueOrDefault("subject") ?? Environment.UserName, TimeProvider.System.GetUtcNow(),
                Lifetime(options.GetValueOrDefault("lifetime") ?? "8h"));
            Console.WriteLine(token);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static TimeSpan Lifetime(string text)
    {
        if (text.Length >= 2 && int.TryParse(text[..^1], out var amount) && amount > 0)
        {
            switch (text[^1])
            {
                case 'm': return TimeSpan.FromMinutes(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'd': return TimeSpan.FromDays(amount);
            }
        }
        throw new ArgumentException($"--lifetime '{text}' must be a number followed by m, h or d (e.g. 8h).");
    }
}
