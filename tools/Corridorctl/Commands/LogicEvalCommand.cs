using System.CommandLine;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl logic eval --logic FILE --data FILE [--strict]</c>: the value of an expression on some data,
/// as JSON on standard output, always parseable: a number JSON cannot hold is written as <c>null</c>, as
/// <c>JSON.stringify</c> writes it, with a warning on standard error naming it (<c>Infinity</c>). Warnings go to
/// standard error and do not stop the evaluation unless <c>--strict</c>.
/// </summary>
public static class LogicEvalCommand
{
    public static Command Create()
    {
        var logic = new Option<FileInfo>("--logic") { Description = "JSON file holding a CertLogic expression", Required = true };
        var data = new Option<FileInfo?>("--data") { Description = "JSON file holding the data context (default: null)" };
        var strict = new Option<bool>("--strict") { Description = "Refuse an expression with warnings instead of evaluating it" };
        var command = new Command("eval", "Evaluate a CertLogic expression on a data context and print the value as JSON\nExample: corridorctl logic eval --logic rule-logic.json --data payload.json") { logic, data, strict };
        command.SetAction(parse => Run(parse.GetValue(logic)!, parse.GetValue(data), parse.GetValue(strict),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo logicFile, FileInfo? dataFile, bool strict, TextWriter output, TextWriter error)
    {
        if (!JsonFile.TryRead(logicFile, out var logic, out var problem))
        {
            error.WriteLine(problem);
            return ExitCodes.InputError;
        }

        using (logic)
        {
            var data = CertLogicValue.Null;
            if (dataFile is not null)
            {
                if (!JsonFile.TryRead(dataFile, out var dataDocument, out problem))
                {
                    error.WriteLine(problem);
                    return ExitCodes.InputError;
                }

                using (dataDocument)
                {
                    try
                    {
                        data = CertLogicValue.FromJson(dataDocument!.RootElement);
                    }
                    catch (CertLogicException e)
                    {
                        error.WriteLine(e.Message);
                        return ExitCodes.InputError;
                    }
                }
            }

            try
            {
                // Every issue is shown, warnings too, whether or not the expression is refused.
                var issues = CertLogicValidator.Validate(logic!.RootElement);
                foreach (var issue in issues)
                {
                    error.WriteLine(IssueText.Line(issue));
                }

                if (CertLogicValidator.Refusing(issues, strict).Count > 0)
                {
                    return ExitCodes.Failed;
                }

                var value = CertLogicCompiler.Compile(logic.RootElement).Evaluate(data);
                var json = value.ToJsonString();
                var shown = value.ToDisplayString();
                if (json != shown)
                {
                    error.WriteLine($"warning: the value holds a number JSON cannot hold ({shown}); it is printed as null, as JSON.stringify does");
                }
                output.WriteLine(json);
                return ExitCodes.Ok;
            }
            catch (CertLogicException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Failed;
            }
        }
    }
}
