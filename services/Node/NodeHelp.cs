namespace TravelCorridor.Node;

/// <summary>What <c>corridor-node --help</c> prints: how to run a node, its commands and where the settings are.</summary>
internal static class NodeHelp
{
    public const string Text =
        """
        corridor-node: a TravelCorridor node (membership, eligibility, clearance over gRPC, HTTP/2).

        usage: corridor-node [--services membership,eligibility,clearance] [--urls http://127.0.0.1:5080] [--Section:Key=value ...]
               corridor-node token --role ROLE [--member SG] [--data-dir DIR] [--create-key]   a development token
               corridor-node node-key --member SG [--data-dir DIR] [--create]                  the node key's corridor-file entry
               corridor-node health [--address http://127.0.0.1:5080]                          exit 0 when the node is healthy
               corridor-node broker-definitions --corridor FILE --member SG --secrets DIR       a broker's federation definitions
        Each command takes --help.

        Settings: services/Node/appsettings.json, environment variables (Node__Member=VN), the command line
        (--Node:Member=VN) or files in Node:SecretsDirectory; every setting is listed in the README, "Configuration".
        Exit codes: 0 stopped normally, 2 a configuration mistake (one line on stderr: a bad setting, a port in use,
        a database that cannot be migrated).
        """;
}
