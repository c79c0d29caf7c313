using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules publish FILE [--key KEY]</c>: publishes a rule set on the member's node. A document is
/// signed with <c>--key</c> first (as <c>rules sign</c> does); a file holding a compact JWS is sent as it is.
/// Needs a member-admin token of the rule set's member.
/// </summary>
public static class RulesPublishCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Rule set document (JSON), or a signed rule set (compact JWS)" };
        var key = new Option<FileInfo?>("--key") { Description = "Private key file from 'rules keygen', to sign a JSON document" };
        var validFrom = ValidFromOption.Create();
        var node = new NodeOptions();
        var command = new Command("publish", "Sign (when needed) and publish a rule set; prints the stored version and any warnings\nExample: corridorctl rules publish docs/examples/sg-rule-set.json --key sg-rules.private.jwk --valid-from +3d") { file, key, validFrom };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RunAsync(parse, parse.GetValue(file)!, parse.GetValue(key), validFrom, node, cancel));
        return command;
    }

    private static Task<int> RunAsync(ParseResult parse, FileInfo file, FileInfo? keyFile, Option<string?> validFrom, NodeOptions node,
        CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var input = RuleSetInput.TryRead(file, out var problem);
        if (input is null)
        {
            error.WriteLine(problem);
            return Task.FromResult(ExitCodes.InputError);
        }

        var signed = input.Signed;
        if (signed is not null && parse.GetValue(validFrom) is not null)
        {
            error.WriteLine($"{file.Name} is already signed: its validFrom cannot be changed without signing it again");
            return Task.FromResult(ExitCodes.InputError);
        }
        if (signed is not null && keyFile is not null)
        {
            error.WriteLine($"note: {file.Name} is already signed; --key is not used");
        }
        else if (signed is null && keyFile is null)
        {
            error.WriteLine($"{file.Name} is not signed: pass --key with the member's private key file (from 'rules keygen')");
            return Task.FromResult(ExitCodes.InputError);
        }
        if (signed is null && ValidFromOption.Read(file, parse, validFrom, error) is { } document)
        {
            signed = RuleSetSigner.Sign(document, file, keyFile!, error);
        }
        if (signed is null)
        {
            return Task.FromResult(ExitCodes.InputError);
        }

        return RemoteCall.RunAsync(node, parse, async (connection, cancel) =>
        {
            var client = new EligibilityService.EligibilityServiceClient(connection.Invoker);
            var response = await client.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = signed }, connection.Options(cancel));
            output.WriteLine($"Published {RuleSetSummary.Facts(response.RuleSet)}; signed with key {response.RuleSet.KeyId}");
            RuleSetWarnings.Write(output, response.Warnings);
            return ExitCodes.Ok;
        }, cancellationToken);
    }
}
