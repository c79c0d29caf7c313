using System.CommandLine;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;
using TravelCorridor.Corridorctl.Remote;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary><c>corridorctl pass verify TOKEN|-</c>: asks a node whether a clearance pass is valid now; exit 0 valid, 1 not.</summary>
public static class PassCommand
{
    public static Command Create()
    {
        var pass = new Argument<string>("pass") { Description = "The pass (compact JWS), or - to read it from standard input" };
        var node = new NodeOptions();
        var verify = new Command("verify", "Verify a clearance pass on a node (any node): exit 0 when valid, 1 when not, with the reason") { pass };
        node.AddTo(verify);
        verify.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var token = parse.GetValue(pass)!;
            if (token == "-")
            {
                token = (await Console.In.ReadToEndAsync(ct)).Trim();
            }
            var verdict = await new ClearanceService.ClearanceServiceClient(connection.Invoker)
                .VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = token }, connection.Options(ct));
            ClearanceText.Write(parse.InvocationConfiguration.Output, verdict);
            return verdict.Valid ? ExitCodes.Ok : ExitCodes.Failed;
        }, cancel));
        return new Command("pass", "Clearance passes") { verify };
    }
}
