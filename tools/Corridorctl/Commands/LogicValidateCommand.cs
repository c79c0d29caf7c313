using System.CommandLine;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl logic validate FILE [--strict]</c>: every error and warning of an expression, with its JSON
/// path. Exit code 1 for errors (and, with <c>--strict</c>, for warnings), 0 otherwise.
/// </summary>
public static class LogicValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON file holding a CertLogic expression" };
        var strict = new Option<bool>("--strict") { Description = "Also fail on warnings (operands that can never be right, which certlogic-js accepts)" };
        var command = new Command("validate", "Validate a CertLogic expression and print every error and warning with its path\nExample: corridorctl logic validate rule-logic.json") { file, strict };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(strict), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, bool strict, TextWriter output, TextWriter error)
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
            catch (CertLogicException e)
            {
                output.WriteLine($"$: error: {e.Message}");
                return ExitCodes.Failed;
            }

            foreach (var issue in issues)
            {
                output.WriteLine(IssueText.Line(issue));
            }

            output.WriteLine(IssueText.Summary(issues));
            return CertLogicValidator.Refusing(issues, strict).Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }
    }
}
