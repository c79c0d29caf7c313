namespace TravelCorridor.Node;

/// <summary>The node's small subcommands take <c>--name value</c> pairs only.</summary>
internal static class CommandOptions
{
    /// <summary>True, after printing <paramref name="usage"/>, when the arguments ask for help (<c>--help</c>, <c>-h</c>).</summary>
    public static bool PrintedHelp(string[] args, string usage)
    {
        if (!args.Any(a => a is "--help" or "-h"))
        {
            return false;
        }
        Console.WriteLine(usage);
        return true;
    }

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
