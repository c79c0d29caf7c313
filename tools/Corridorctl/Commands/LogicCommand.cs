using System.CommandLine;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl logic …</c>: work with bare CertLogic expressions.</summary>
public static class LogicCommand
{
    public static Command Create() => new("logic", "Evaluate or validate a bare CertLogic expression")
    {
        LogicEvalCommand.Create(),
        LogicValidateCommand.Create(),
    };
}
