using System.CommandLine;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl rules …</c>: work with rule files.</summary>
public static class RulesCommand
{
    public static Command Create() => new("rules", "Work with CertLogic rule files (EU DCC rule format)")
    {
        RulesTestCommand.Create(),
    };
}
