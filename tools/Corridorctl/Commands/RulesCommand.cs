using System.CommandLine;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl rules …</c>: test rule files locally; sign, publish and read rule sets on a node.</summary>
public static class RulesCommand
{
    public static Command Create() => new("rules", "Work with CertLogic rules (EU DCC rule format) and members' rule sets")
    {
        RulesTestCommand.Create(),
        RulesKeygenCommand.Create(),
        RulesSignCommand.Create(),
        RulesPublishCommand.Create(),
        RulesValidateCommand.Create(),
        RulesGetCommand.Create(),
        RulesVersionsCommand.Create(),
        RulesDiffCommand.Create(),
    };
}
