using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl members list|get|admit|suspend|reinstate</c>: the member states. Reading needs no token; admitting,
/// suspending and reinstating a member need a corridor-admin token on the secretariat's node.
/// </summary>
public static class MembersCommand
{
    public static Command Create() => new("members", "Member states: list, get, admit, suspend, reinstate")
    {
        List(), Get(), Admit(), Change("suspend", "Suspend a member state: none of its corridors is usable until it is reinstated"),
        Change("reinstate", "Reinstate a suspended member state"),
    };

    private static Command List()
    {
        var node = new NodeOptions();
        var command = new Command("list", "List every member state.\nExample: corridorctl members list --output json");
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new MembershipService.MembershipServiceClient(connection.Invoker);
            var request = new ListMemberStatesRequest { PageSize = 100 };
            await PagedList.PrintAsync<MemberState>(parse.InvocationConfiguration.Output, node.Json(parse), $"{"CODE",-5} {"STATUS",-10} {"SINCE",-20} NAME", Row,
                async token =>
                {
                    request.PageToken = token;
                    var page = await client.ListMemberStatesAsync(request, connection.Options(ct));
                    return (page.MemberStates, page.NextPageToken);
                });
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Get()
    {
        var code = new Argument<string>("code") { Description = "The member's code, e.g. SG", CustomParser = MemberCodeArgument.Parse };
        var node = new NodeOptions();
        var command = new Command("get", "Show one member state.\nExample: corridorctl members get MM") { code };
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var member = (await new MembershipService.MembershipServiceClient(connection.Invoker).GetMemberStateAsync(
                new GetMemberStateRequest { Code = parse.GetValue(code)! }, connection.Options(ct))).MemberState;
            if (node.Json(parse))
            {
                ProtoJson.Write(parse.InvocationConfiguration.Output, member);
                return ExitCodes.Ok;
            }
            parse.InvocationConfiguration.Output.WriteLine(Row(member) + (member.StatusReason.Length > 0 ? $" ({member.StatusReason})" : ""));
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Admit()
    {
        var code = new Argument<string>("code") { Description = "The new member's code, e.g. TL", CustomParser = MemberCodeArgument.Parse };
        var name = new Option<string>("--name") { Description = "Its name", Required = true };
        var node = new NodeOptions();
        var command = new Command("admit", "Admit a member state (corridor-admin, on the secretariat's node).\nExample: corridorctl members admit TL --name \"Timor-Leste\"")
        {
            code, name,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var member = (await new MembershipService.MembershipServiceClient(connection.Invoker).AdmitMemberStateAsync(
                new AdmitMemberStateRequest { Code = parse.GetValue(code)!, Name = parse.GetValue(name)! }, connection.Options(ct))).MemberState;
            parse.InvocationConfiguration.Output.WriteLine($"Admitted {member.Code} ({member.Name})");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Change(string verb, string description)
    {
        var code = new Argument<string>("code") { Description = "The member's code, e.g. MM", CustomParser = MemberCodeArgument.Parse };
        var reason = new Option<string>("--reason") { Description = "Why (required)", Required = true };
        var node = new NodeOptions();
        var command = new Command(verb, $"{description} (corridor-admin, on the secretariat's node).\n" +
            $"Example: corridorctl members {verb} MM --reason \"Council decision\"")
        {
            code, reason,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new MembershipService.MembershipServiceClient(connection.Invoker);
            var options = connection.Options(ct);
            var member = verb == "suspend"
                ? (await client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = parse.GetValue(code)!, Reason = parse.GetValue(reason)! }, options)).MemberState
                : (await client.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = parse.GetValue(code)!, Reason = parse.GetValue(reason)! }, options)).MemberState;
            parse.InvocationConfiguration.Output.WriteLine(Row(member));
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static string Row(MemberState member) =>
        $"{member.Code,-5} {(member.Status == MemberStateStatus.Suspended ? "SUSPENDED" : "ACTIVE"),-10} {Instant.Seconds(member.StatusChangedAt),-20} {member.Name}";
}
