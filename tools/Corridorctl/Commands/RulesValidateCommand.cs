using System.CommandLine;
using Grpc.Core;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules validate FILE</c>: has the node run every check of publishing on a rule set, storing
/// nothing. A signed file (compact JWS) has its signature checked too; a JSON document everything else.
/// Prints OK and any warnings (exit 0), or every problem (exit 1).
/// </summary>
public static class RulesValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Rule set document (JSON), or a signed rule set (compact JWS)" };
        var validFrom = ValidFromOption.Create();
        var node = new NodeOptions();
        var command = new Command("validate", "Have the node check a rule set as publishing would, without storing it\nExample: corridorctl rules validate docs/examples/sg-rule-set.json --valid-from +3d") { file, validFrom };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RunAsync(parse, parse.GetValue(file)!, validFrom, node, cancel));
        return command;
    }

    private static Task<int> RunAsync(ParseResult parse, FileInfo file, Option<string?> validFrom, NodeOptions node, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var input = RuleSetInput.TryRead(file, out var problem);
        if (input is null)
        {
            parse.InvocationConfiguration.Error.WriteLine(problem);
            return Task.FromResult(ExitCodes.InputError);
        }

        if (input.Signed is not null && parse.GetValue(validFrom) is not null)
        {
            parse.InvocationConfiguration.Error.WriteLine($"{file.Name} is already signed: its validFrom cannot be changed without signing it again");
            return Task.FromResult(ExitCodes.InputError);
        }
        var json = input.Json;
        if (json is not null && parse.GetValue(validFrom) is not null)
        {
            var document = ValidFromOption.Read(file, parse, validFrom, parse.InvocationConfiguration.Error);
            if (document is null)
            {
                return Task.FromResult(ExitCodes.InputError);
            }
            json = System.Text.Encoding.UTF8.GetString(document);
        }
        var request = input.Signed is { } signed ? new ValidateRuleSetRequest { SignedRuleSet = signed } : new ValidateRuleSetRequest { RuleSetJson = json };
        // Problems with the rule set come back as these two (a version not above the current one is a precondition).
        return RemoteCall.RunAsync(node, parse, async (connection, cancel) =>
        {
            var client = new EligibilityService.EligibilityServiceClient(connection.Invoker);
            var response = await client.ValidateRuleSetAsync(request, connection.Options(cancel));
            // The node need not fill key_id in for a set it does not store; the key it checked is the one the header names.
            var keyId = response.RuleSet.KeyId.Length > 0 ? response.RuleSet.KeyId : input.KeyId;
            var signature = response.SignatureChecked ? $"signature checked (key {keyId})" : "unsigned, signature not checked";
            output.WriteLine($"OK: {RuleSetSummary.Facts(response.RuleSet)}; {signature}");
            RuleSetWarnings.Write(output, response.Warnings);
            return ExitCodes.Ok;
        }, cancellationToken, StatusCode.InvalidArgument, StatusCode.FailedPrecondition);
    }
}
