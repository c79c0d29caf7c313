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
        };
}
