using TravelCorridor.Node;
using TravelCorridor.Persistence;

if (args is ["--help" or "-h" or "help", ..])
{
    Console.WriteLine(NodeHelp.Text);
    return 0;
}
if (args is ["token", ..])
{
    return TokenCommand.Run(args[1..]);
}
if (args is ["node-key", ..])
{
    return NodeKeyCommand.Run(args[1..]);
}
if (args is ["health", ..])
{
    return await HealthCommand.RunAsync(args[1..]);
}
if (args is ["broker-definitions", ..])
{
    return BrokerDefinitionsCommand.Run(args[1..]);
}

try
{
    await CorridorNode.Build(args).RunAsync();
    return 0;
}
catch (Exception e) when (e is ArgumentException or UnmigratedDatabaseException)
{
    // Configuration mistakes and refused databases get one clear line instead of a stack trace.
    Console.Error.WriteLine($"corridor-node: {e.Message}");
    return 2;
}
