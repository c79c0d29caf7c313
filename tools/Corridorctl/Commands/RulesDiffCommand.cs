using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules diff MEMBER A B</c>: what changed from version A to version B of a member's rule set:
/// <c>+</c> rules added, <c>-</c> removed, <c>~</c> changed with the envelope fields, value sets and validFrom.
/// Exit code 0 whether or not they differ. Needs no token.
/// </summary>
public static class RulesDiffCommand
{
    public static Command Create()
    {
        var member = new Argument<string>("member") { Description = "Member state, e.g. SG", CustomParser = MemberCodeArgument.Parse };
        var from = new Argument<long>("from") { Description = "The older version" };
        var to = new Argument<long>("to") { Description = "The newer version" };
        var node = new NodeOptions();
        var command = new Command("diff", "Compare two versions of a member's rule set\nExample: corridorctl rules diff SG 1 2") { member, from, to };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new EligibilityService.EligibilityServiceClient(connection.Invoker);
            var (code, older, newer) = (parse.GetValue(member)!, parse.GetValue(from), parse.GetValue(to));
            var diff = await client.DiffRuleSetsAsync(new DiffRuleSetsRequest { Member = code, FromVersion = older, ToVersion = newer },
                connection.Options(ct));
            (RuleSet, RuleSet)? sets = null;
            if (diff.ValidFromChanged)
            {
                // The diff says only that validFrom moved; the two instants are what a reviewer wants to see.
                sets = ((await client.GetRuleSetAsync(new GetRuleSetRequest { Member = code, Version = older }, connection.Options(ct))).RuleSet,
                    (await client.GetRuleSetAsync(new GetRuleSetRequest { Member = code, Version = newer }, connection.Options(ct))).RuleSet);
            }
            RuleSetDiffText.Write(parse.InvocationConfiguration.Output, code, older, newer, diff, sets);
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }
}
