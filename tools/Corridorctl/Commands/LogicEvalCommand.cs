using System.CommandLine;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl logic eval --logic FILE --data FILE</c>: the value of an expression on some data, as JSON.</summary>
public static class LogicEvalCommand
{
    public static Command Create()
    {
        var logic = new Option<FileInfo>("--logic") { Description = "JSON file holding a CertLogic expression", Required = true };
        var data = new Option<FileInfo?>("--data") { Description = "JSON file holding the data context (default: null)" };
        var command = new Command("eval", "Evaluate a CertLogic expression on a data context and print the value as JSON") { logic, data };
        command.SetAction(parse => Run(parse.GetValue(logic)!, parse.GetValue(data), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo logicFile, FileInfo? dataFile, TextWriter output, TextWriter error)
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
                output.WriteLine(CertLogicCompiler.Compile(logic!.RootElement).Evaluate(data).ToJsonString());
                return ExitCodes.Ok;
            }
            catch (CertLogicValidationException e)
            {
                foreach (var issue in e.Issues)
                {
                    error.WriteLine(issue);
                }

                return ExitCodes.Failed;
            }
            catch (CertLogicException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Failed;
            }
        }
    }
}
