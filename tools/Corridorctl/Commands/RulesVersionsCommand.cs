using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules versions MEMBER</c>: every version of a member's rule set the node knows, newest
/// first, one line each (all pages are fetched). Needs no token.
/// </summary>
public static class RulesVersionsCommand
{
    public static Command Create()
    {
        var member = new Argument<string>("member") { Description = "Member state, e.g. SG", CustomParser = MemberCodeArgument.Parse };
        var node = new NodeOptions();
        var command = new Command("versions", "List the versions of a member's rule set, newest first\nExample: corridorctl rules versions SG") { member };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new EligibilityService.EligibilityServiceClient(connection.Invoker);
            var request = new ListRuleSetVersionsRequest { Member = parse.GetValue(member)!, PageSize = 200 };
            var versions = new List<RuleSetVersionSummary>();
            do
            {
                var page = await client.ListRuleSetVersionsAsync(request, connection.Options(ct));
                versions.AddRange(page.Versions);
                // A token that does not move on would loop for ever; the list is complete as far as it got.
                request.PageToken = page.NextPageToken == request.PageToken ? "" : page.NextPageToken;
            }
            while (request.PageToken.Length > 0);

            // Printed only once every page is in, so that a failure part-way leaves no half table behind.
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"VERSION",-8} {"VALID FROM",-20} {"RULES",5}  {"KEY",-32} PUBLISHED");
            foreach (var version in versions)
            {
                var key = version.Seed ? "(baseline seed)" : version.KeyId;
                output.WriteLine($"{version.Version,-8} {Instant.Text(version.ValidFrom),-20} {version.RuleCount,5}  {key,-32} {Instant.Text(version.PublishedAt)}");
            }
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }
}
