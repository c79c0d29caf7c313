using TravelCorridor.Node;

if (args is ["token", ..])
{
    return TokenCommand.Run(args[1..]);
}

try
{
    await CorridorNode.Build(args).RunAsync();
    return 0;
}
catch (ArgumentException e)
{
    // Configuration mistakes get one clear line instead of a stack trace.
    Console.Error.WriteLine($"corridor-node: {e.Message}");
    return 2;
}
