using System.CommandLine;
using System.CommandLine.Parsing;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl clearances list [filters] [--all]</c> and <c>corridorctl clearances revoke ID --reason TEXT</c>:
/// a border officer reads and corrects the node's audit log (their own member's node).
/// </summary>
public static class ClearancesCommand
{
    public static Command Create() => new("clearances", "Read and revoke the clearances in a node's audit log") { List(), Get(), Revoke() };

    private static Command Get()
    {
        var id = new Argument<string>("id") { Description = "The clearance, e.g. clr_019ab…" };
        var node = new NodeOptions();
        var command = new Command("get", "Show one clearance from the audit log: the decision with its reasons and rule results, the pass, " +
            "any revocation.\nExample: corridorctl clearances get clr_019ab… --output json") { id };
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var clearance = (await new ClearanceService.ClearanceServiceClient(connection.Invoker).GetClearanceAsync(
                new GetClearanceRequest { ClearanceId = parse.GetValue(id)! }, connection.Options(ct))).Clearance;
            if (node.Json(parse))
            {
                ProtoJson.Write(parse.InvocationConfiguration.Output, clearance);
            }
            else
            {
                ClearanceText.Write(parse.InvocationConfiguration.Output, clearance);
            }
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command List()
    {
        var after = new Option<DateTimeOffset?>("--after") { Description = "Only decisions at or after this instant (ISO 8601)", CustomParser = Instant("--after") };
        var before = new Option<DateTimeOffset?>("--before") { Description = "Only decisions before this instant (ISO 8601)", CustomParser = Instant("--before") };
        var outcome = new Option<string?>("--outcome") { Description = "Only this outcome: cleared, referred or denied" };
        outcome.AcceptOnlyFromAmong("cleared", "referred", "denied");
        var origin = new Option<string?>("--origin") { Description = "Only trips from this member state", CustomParser = MemberCodeArgument.Parse };
        var destination = new Option<string?>("--destination") { Description = "Only trips to this member state", CustomParser = MemberCodeArgument.Parse };
        var pageSize = new Option<int>("--page-size") { Description = "Clearances per page (at most 200)", DefaultValueFactory = _ => 50 };
        var all = new Option<bool>("--all") { Description = "Every page, not only the first" };
        var node = new NodeOptions();
        var command = new Command("list", "List clearances, newest first.\nExample: corridorctl clearances list --outcome denied --all --output json")
        {
            after, before, outcome, origin, destination, pageSize, all,
        };
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new ClearanceService.ClearanceServiceClient(connection.Invoker);
            var request = new ListClearancesRequest
            {
                PageSize = parse.GetValue(pageSize),
                DecidedAfter = parse.GetValue(after) is { } from ? Timestamp.FromDateTimeOffset(from) : null,
                DecidedBefore = parse.GetValue(before) is { } to ? Timestamp.FromDateTimeOffset(to) : null,
                Outcome = parse.GetValue(outcome) switch
                {
                    "cleared" => DecisionOutcome.Cleared,
                    "referred" => DecisionOutcome.Referred,
                    "denied" => DecisionOutcome.Denied,
                    _ => DecisionOutcome.Unspecified,
                },
                Origin = parse.GetValue(origin) ?? "",
                Destination = parse.GetValue(destination) ?? "",
            };
            var output = parse.InvocationConfiguration.Output;
            var json = node.Json(parse);
            var (count, more) = await PagedList.PrintAsync<TravelCorridor.Clearance.V1.Clearance>(output, json,
                $"{"DECIDED",-20} {"OUTCOME",-9} {"TRIP",-6} {"RULES",-9} {"CLEARANCE",-37} REVOKED",
                c => $"{ClearanceText.Instant(c.DecidedAt),-20} {ClearanceText.Outcome(c.Decision.Outcome),-9} " +
                    $"{c.Origin + "→" + c.Destination,-6} {c.Decision.RuleSetMember + " v" + c.Decision.RuleSetVersion,-9} {c.ClearanceId,-37} " +
                    (c.RevokedAt is null ? "" : ClearanceText.Instant(c.RevokedAt)),
                async token =>
                {
                    request.PageToken = token;
                    var page = await client.ListClearancesAsync(request, connection.Options(ct));
                    return (page.Clearances, page.NextPageToken);
                },
                allPages: parse.GetValue(all));
            if (json)
            {
                return ExitCodes.Ok;
            }
            output.WriteLine(more
                ? $"{count} shown; more follow (--all lists every page)"
                : $"{count} clearance{(count == 1 ? "" : "s")}");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Revoke()
    {
        var id = new Argument<string>("id") { Description = "The clearance to revoke, e.g. clr_019ab…" };
        var reason = new Option<string>("--reason") { Description = "Why (required, at most 500 characters)", Required = true };
        var node = new NodeOptions();
        var command = new Command("revoke", "Revoke a clearance; its pass then fails verification on every node that hears of it\nExample: corridorctl clearances revoke clr_019ab… --reason \"passport reported stolen\"") { id, reason };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var revoked = (await new ClearanceService.ClearanceServiceClient(connection.Invoker).RevokeClearanceAsync(
                new RevokeClearanceRequest { ClearanceId = parse.GetValue(id)!, Reason = parse.GetValue(reason)! }, connection.Options(ct))).Clearance;
            var output = parse.InvocationConfiguration.Output;
            // What was done first; the clearance as it now stands below it.
            output.WriteLine($"REVOKED  {revoked.ClearanceId} at {ClearanceText.Instant(revoked.RevokedAt)}: {revoked.RevocationReason}");
            ClearanceText.Write(output, revoked);
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Func<ArgumentResult, DateTimeOffset?> Instant(string option) => result =>
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (RuleSets.Instant.TryParse(text, out var instant))
        {
            return instant;
        }
        result.AddError($"{option} '{text}' is not an instant such as 2026-12-01T00:00:00Z");
        return null;
    };
}
