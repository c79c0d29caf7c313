using System.CommandLine;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl logic validate FILE</c>: every problem of an expression, with its JSON path.</summary>
public static class LogicValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON file holding a CertLogic expression" };
        var command = new Command("validate", "Validate a CertLogic expression and print every problem with its path") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, TextWriter output, TextWriter error)
    {
        if (!JsonFile.TryRead(file, out var document, out var problem))
        {
            error.WriteLine(problem);
            return ExitCodes.InputError;
        }

        using (document)
        {
            IReadOnlyList<CertLogicIssue> issues;
            try
            {
                issues = CertLogicValidator.Validate(document!.RootElement);
            }
            catch (CertLogicLimitExceededException e)
            {
                output.WriteLine($"$: {e.Message}");
                return ExitCodes.Failed;
            }

            foreach (var issue in issues)
            {
                output.WriteLine(issue);
            }

            output.WriteLine(issues.Count == 0 ? "valid" : $"{issues.Count} problem(s)");
            return issues.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
    }
}
