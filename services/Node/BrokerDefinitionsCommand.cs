using System.Text.Json;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Messaging.Federation;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Node;

/// <summary>
/// <c>corridor-node broker-definitions --corridor corridor.json --member SG --secrets DIR [--out FILE]</c>: the
/// RabbitMQ definitions of SG's broker, federated with every other member's broker in the corridor file
/// (<see cref="BrokerDefinitions"/>). The broker loads them at start (<c>load_definitions</c>).
/// </summary>
internal static class BrokerDefinitionsCommand
{
    private const string Usage = "usage: corridor-node broker-definitions --corridor FILE --member SG --secrets DIR [--out FILE]";

    public static int Run(string[] args)
    {
        if (CommandOptions.PrintedHelp(args, Usage))
        {
            return 0;
        }
        try
        {
            var options = CommandOptions.Parse(args);
            var corridor = CorridorFile.Read(options.GetValueOrDefault("corridor") ?? throw new ArgumentException("--corridor is required."));
            var member = options.GetValueOrDefault("member")?.ToUpperInvariant() ?? throw new ArgumentException("--member is required.");
            var secrets = new FederationSecrets(options.GetValueOrDefault("secrets") ?? throw new ArgumentException("--secrets is required."));
            var json = BrokerDefinitions.For(corridor, member, secrets).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            if (options.GetValueOrDefault("out") is { } path)
            {
                // The upstream URIs hold the passwords this broker presents to its peers: owner-only, like the secrets.
                File.WriteAllText(path, json);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
                Console.Error.WriteLine($"Wrote the definitions of {member}'s broker to {Path.GetFullPath(path)} (passwords in {secrets.Directory}).");
            }
            else
            {
                Console.WriteLine(json);
            }
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
