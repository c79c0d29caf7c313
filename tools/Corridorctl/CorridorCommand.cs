using System.CommandLine;
using TravelCorridor.Corridorctl.Commands;

namespace TravelCorridor.Corridorctl;

/// <summary>The <c>corridorctl</c> command tree; each command lives in its own file under Commands/.</summary>
public static class CorridorCommand
{
    public static RootCommand Create() =>
        new("corridorctl: command-line client for TravelCorridor officers and administrators")
        {
            RulesCommand.Create(),
            LogicCommand.Create(),
            ClearCommand.Create(),
            ManifestCommand.Create(),
            PassCommand.Create(),
            ClearancesCommand.Create(),
            MembersCommand.Create(),
            KeysCommand.Create(),
            CorridorsCommand.Create(),
            EventsCommand.Create(),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Wrong arguments exit with <see cref="ExitCodes.InputError"/>
    /// rather than System.CommandLine's 1, so that a script can tell a typo from a check that failed.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null,
        CancellationToken cancellationToken = default)
    {
        var parse = Create().Parse(args);
        var exitCode = await parse.InvokeAsync(configuration ?? new InvocationConfiguration(), cancellationToken);
        return parse.Errors.Count > 0 ? ExitCodes.InputError : exitCode;
    }
}
