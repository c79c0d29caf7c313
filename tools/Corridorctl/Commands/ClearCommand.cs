using System.CommandLine;
using Google.Protobuf;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl clear FILE [--language ms] [--json]</c>: asks the node to clear one traveller (the application
/// in FILE, bare or as a request) as a border officer, and prints the recorded decision and, when cleared, the pass.
/// </summary>
public static class ClearCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The application: TravellerApplication as proto JSON, bare or as {\"application\": …}" };
        var language = new Option<string?>("--language") { Description = "Language for rule descriptions, e.g. ms (English when not given)" };
        var node = new NodeOptions();
        var command = new Command("clear", "Clear one traveller: decide, record in the node's audit log, and get a pass when cleared\nExample: corridorctl clear docs/examples/evaluate-eligibility.json --output json") { file, language };
        node.AddWithOutputTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            string text;
            try
            {
                text = await TextFile.ReadAllTextAsync(path, cancel);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine($"{path.Name}: {e.Message}");
                return ExitCodes.InputError;
            }
            if (ApplicationInput.Parse(text, out var problem) is not { } entry)
            {
                error.WriteLine($"{path.Name}: not a traveller application: {problem}");
                return ExitCodes.InputError;
            }
            return await RemoteCall.RunAsync(node, parse, async (connection, ct) =>
            {
                var request = new ClearTravellerRequest { Application = entry.Application, LanguageCode = parse.GetValue(language) ?? entry.LanguageCode };
                var clearance = (await new ClearanceService.ClearanceServiceClient(connection.Invoker)
                    .ClearTravellerAsync(request, connection.Options(ct))).Clearance;
                var output = parse.InvocationConfiguration.Output;
                if (node.Json(parse))
                {
                    ProtoJson.Write(output, clearance);
                }
                else
                {
                    ClearanceText.Write(output, clearance);
                }
                // Scripts tell the outcomes apart by the exit code alone.
                return clearance.Decision.Outcome switch
                {
                    DecisionOutcome.Referred => ExitCodes.Referred,
                    DecisionOutcome.Denied => ExitCodes.Denied,
                    _ => ExitCodes.Ok,
                };
            }, cancel);
        });
        return command;
    }
}
