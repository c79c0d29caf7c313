namespace TravelCorridor.Node;

/// <summary>The node's small subcommands take <c>--name value</c> pairs only.</summary>
internal static class CommandOptions
{
    /// <exception cref="ArgumentException">An argument is not a <c>--name value</c> pair.</exception>
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
            options[args[i][2..]] = args[++i];
        }
        return options;
    }
}
