using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules get MEMBER [--version N | --active [--at INSTANT]] [--signed | --json]</c>: one version
/// of a member's rule set (the latest by default, or the one in force with <c>--active</c>), as a summary for
/// people, as the document (<c>--json</c>) or as the signed compact JWS (<c>--signed</c>). Needs no token.
/// </summary>
public static class RulesGetCommand
{
    public static Command Create()
    {
        var member = new Argument<string>("member") { Description = "Member state, e.g. SG", CustomParser = MemberCodeArgument.Parse };
        var version = new Option<long?>("--version") { Description = "This version (0 is the baseline seed); the latest when not given", CustomParser = ParseVersion };
        var active = new Option<bool>("--active") { Description = "The version in force (now, or at --at)" };
        var at = new Option<DateTimeOffset?>("--at") { Description = "With --active: the instant, ISO 8601 (UTC unless an offset is given)", CustomParser = ParseInstant };
        var signed = new Option<bool>("--signed") { Description = "Print the compact JWS as published" };
        var json = new Option<bool>("--json") { Description = "Print the rule set document (JSON)" };
        var node = new NodeOptions();
        var command = new Command("get", "Show a member's rule set: the latest, a given version, or the one in force\nExample: corridorctl rules get SG --active") { member, version, active, at, signed, json };
        node.AddTo(command);
        // Only whether options were given is looked at here: reading a value that failed to parse would throw.
        command.Validators.Add(result =>
        {
            if (result.GetResult(version) is not null && result.GetResult(active) is not null)
            {
                result.AddError("--version and --active cannot be used together");
            }
            if (result.GetResult(at) is not null && result.GetResult(active) is null)
            {
                result.AddError("--at needs --active");
            }
            if (result.GetResult(signed) is not null && result.GetResult(json) is not null)
            {
                result.AddError("--signed and --json cannot be used together");
            }
        });
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new EligibilityService.EligibilityServiceClient(connection.Invoker);
            var set = parse.GetValue(active)
                ? (await client.GetActiveRuleSetAsync(new GetActiveRuleSetRequest
                {
                    Member = parse.GetValue(member)!,
                    Time = parse.GetValue(at) is { } instant ? Timestamp.FromDateTimeOffset(instant) : null,
                }, connection.Options(ct))).RuleSet
                : (await client.GetRuleSetAsync(new GetRuleSetRequest
                {
                    Member = parse.GetValue(member)!,
                    Version = parse.GetValue(version) ?? 0,
                    Latest = parse.GetValue(version) is null,
                }, connection.Options(ct))).RuleSet;
            return Print(set, parse.GetValue(signed), parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        }, cancel));
        return command;
    }

    private static int Print(RuleSet set, bool signed, bool json, TextWriter output, TextWriter error)
    {
        if (signed)
        {
            if (set.SignedRuleSet.Length == 0)
            {
                error.WriteLine($"{set.Member} rule set version {set.Version} is the baseline seed, which is not signed; --json prints its document");
                return ExitCodes.Failed;
            }
            output.WriteLine(set.SignedRuleSet);
        }
        else if (json)
        {
            var text = RuleSetJson.Text(set);
            output.Write(text.EndsWith('\n') ? text : text + "\n");
        }
        else
        {
            RuleSetSummary.Write(output, set);
        }
        return ExitCodes.Ok;
    }

    private static long? ParseVersion(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }
        result.AddError($"--version '{text}' is not a version (0, 1, 2, …)");
        return null;
    }

    private static DateTimeOffset? ParseInstant(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (Instant.TryParse(text, out var instant))
        {
            return instant;
        }
        result.AddError($"--at '{text}' is not an instant such as 2026-12-01T00:00:00Z");
        return null;
    }
}
