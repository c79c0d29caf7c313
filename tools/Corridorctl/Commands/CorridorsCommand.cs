using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Membership.V1;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl corridors list|propose|accept|suspend</c>: a member's admin proposes a corridor on its own node, the
/// partner's admin accepts it on the partner's node once the proposal has reached it, either may suspend it.
/// </summary>
public static class CorridorsCommand
{
    public static Command Create() => new("corridors", "Corridors between member states: list, propose, accept, suspend")
    {
        List(), Propose(), Accept(), Suspend(),
    };

    private static Command List()
    {
        var node = new NodeOptions();
        var command = new Command("list", "List every corridor and its status.\nExample: corridorctl corridors list --output json");
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new MembershipService.MembershipServiceClient(connection.Invoker);
            var request = new ListCorridorsRequest { PageSize = 100 };
            await PagedList.PrintAsync<Corridor>(parse.InvocationConfiguration.Output, node.Json(parse),
                $"{"CORRIDOR",-9} {"STATUS",-10} {"USABLE",-7} {"MAX STAY",-9} {"SINCE",-20} PURPOSES",
                c => $"{c.CorridorId,-9} {Status(c.Status),-10} {(c.Usable ? "yes" : "no"),-7} {c.MaxStayDays + " days",-9} " +
                    $"{Instant.Seconds(c.StatusChangedAt),-20} {string.Join(", ", c.Purposes.Select(p => PurposeNames.Of(p)))}",
                async token =>
                {
                    request.PageToken = token;
                    var page = await client.ListCorridorsAsync(request, connection.Options(ct));
                    return (page.Corridors, page.NextPageToken);
                });
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Propose()
    {
        var member = new Option<string>("--member") { Description = "The proposing member (yours)", Required = true, CustomParser = MemberCodeArgument.Parse };
        var partner = new Argument<string>("partner") { Description = "The partner member, e.g. MY", CustomParser = MemberCodeArgument.Parse };
        var maxStay = new Option<int>("--max-stay") { Description = "Longest stay in days", Required = true };
        var purposes = new Option<string[]>("--purpose") { Description = "A purpose the corridor serves (repeat for more), e.g. ESSENTIAL_BUSINESS", Required = true };
        var node = new NodeOptions();
        var command = new Command("propose", "Propose a corridor (member-admin, on the proposing member's node).\n" +
            "Example: corridorctl corridors propose MY --member SG --max-stay 14 --purpose ESSENTIAL_BUSINESS")
        {
            partner, member, maxStay, purposes,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) =>
        {
            var names = parse.GetValue(purposes)!;
            var parsed = names.Select(n => PurposeNames.Parse(n.ToUpperInvariant())).ToList();
            if (parsed.Contains(TravelPurpose.Unspecified))
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"--purpose: unknown purpose in {string.Join(", ", names)}; e.g. ESSENTIAL_BUSINESS");
                return Task.FromResult(ExitCodes.InputError);
            }
            return RemoteCall.RunAsync(node, parse, async (connection, ct) =>
            {
                var corridor = (await new MembershipService.MembershipServiceClient(connection.Invoker).ProposeCorridorAsync(new ProposeCorridorRequest
                {
                    ProposingMember = parse.GetValue(member)!, PartnerMember = parse.GetValue(partner)!, MaxStayDays = parse.GetValue(maxStay),
                    Purposes = { parsed },
                }, connection.Options(ct))).Corridor;
                parse.InvocationConfiguration.Output.WriteLine($"Proposed {corridor.CorridorId}; {corridor.PartnerMember} accepts it on its node: " +
                    $"corridorctl corridors accept {corridor.CorridorId} --member {corridor.PartnerMember}");
                return ExitCodes.Ok;
            }, cancel);
        });
        return command;
    }

    private static Command Accept()
    {
        var id = new Argument<string>("corridor") { Description = "The corridor id, e.g. MY-SG" };
        var member = new Option<string>("--member") { Description = "The accepting member (yours)", Required = true, CustomParser = MemberCodeArgument.Parse };
        var node = new NodeOptions();
        var command = new Command("accept", "Accept a proposed corridor (member-admin of the partner, on its node).\nExample: corridorctl corridors accept MY-SG --member MY")
        {
            id, member,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var corridor = (await new MembershipService.MembershipServiceClient(connection.Invoker).AcceptCorridorAsync(
                new AcceptCorridorRequest { CorridorId = parse.GetValue(id)!, AcceptingMember = parse.GetValue(member)! }, connection.Options(ct))).Corridor;
            parse.InvocationConfiguration.Output.WriteLine($"{corridor.CorridorId} is {Status(corridor.Status)}");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Suspend()
    {
        var id = new Argument<string>("corridor") { Description = "The corridor id, e.g. MY-SG" };
        var member = new Option<string>("--member") { Description = "The suspending member (yours)", Required = true, CustomParser = MemberCodeArgument.Parse };
        var reason = new Option<string>("--reason") { Description = "Why (required)", Required = true };
        var node = new NodeOptions();
        var command = new Command("suspend", "Suspend a corridor (member-admin of either member).\nExample: corridorctl corridors suspend MY-SG --member SG --reason \"outbreak\"")
        {
            id, member, reason,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var corridor = (await new MembershipService.MembershipServiceClient(connection.Invoker).SuspendCorridorAsync(new SuspendCorridorRequest
            {
                CorridorId = parse.GetValue(id)!, SuspendingMember = parse.GetValue(member)!, Reason = parse.GetValue(reason)!,
            }, connection.Options(ct))).Corridor;
            parse.InvocationConfiguration.Output.WriteLine($"{corridor.CorridorId} is {Status(corridor.Status)}: {corridor.StatusReason}");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static string Status(CorridorStatus status) => status switch
    {
        CorridorStatus.Proposed => "PROPOSED",
        CorridorStatus.Open => "OPEN",
        CorridorStatus.Suspended => "SUSPENDED",
        _ => "?",
    };
}
