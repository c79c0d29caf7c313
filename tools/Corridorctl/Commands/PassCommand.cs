using System.CommandLine;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;
using TravelCorridor.Corridorctl.Remote;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl pass verify TOKEN|- [--document N --issuing-state XX [--birth-date YYYY-MM-DD]]</c>: asks a node whether a
/// clearance pass is valid now, and with a presented document whether it is that traveller's; exit 0 valid, 1 not.
/// </summary>
public static class PassCommand
{
    public static Command Create()
    {
        var pass = new Argument<string>("pass") { Description = "The pass (compact JWS), or - to read it from standard input" };
        var document = new Option<string?>("--document") { Description = "Number of the travel document presented with the pass" };
        var issuingState = new Option<string?>("--issuing-state") { Description = "Issuing state of that document (ISO 3166-1 alpha-2, e.g. MY)" };
        var birthDate = new Option<string?>("--birth-date") { Description = "The holder's date of birth, YYYY-MM-DD (checked too when given)" };
        var node = new NodeOptions();
        var verify = new Command("verify", "Verify a clearance pass on a node (any node): exit 0 when valid, 1 when not, with the reason. " +
            "With --document and --issuing-state, also that the pass was issued for that document (HOLDER_MISMATCH when not).\nExample: corridorctl pass verify eyJ… --document A12345678 --issuing-state MY")
        {
            pass, document, issuingState, birthDate,
        };
        verify.Validators.Add(result =>
        {
            var given = (result.GetValue(document) is not null, result.GetValue(issuingState) is not null);
            if (given.Item1 != given.Item2 || (result.GetValue(birthDate) is not null && !given.Item1))
            {
                result.AddError("--document and --issuing-state go together, and --birth-date needs both.");
            }
        });
        node.AddWithOutputTo(verify);
        verify.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var token = parse.GetValue(pass)!;
            if (token == "-")
            {
                token = (await Console.In.ReadToEndAsync(ct)).Trim();
            }
            var request = new VerifyClearancePassRequest { Pass = token };
            if (parse.GetValue(document) is { } number)
            {
                request.Presented = new PresentedDocument
                {
                    Number = number, IssuingState = parse.GetValue(issuingState)!, DateOfBirth = parse.GetValue(birthDate) ?? "",
                };
            }
            var verdict = await new ClearanceService.ClearanceServiceClient(connection.Invoker)
                .VerifyClearancePassAsync(request, connection.Options(ct));
            if (node.Json(parse))
            {
                ProtoJson.Write(parse.InvocationConfiguration.Output, verdict);
            }
            else
            {
                ClearanceText.Write(parse.InvocationConfiguration.Output, verdict);
            }
            return verdict.Valid ? ExitCodes.Ok : ExitCodes.Failed;
        }, cancel));
        return new Command("pass", "Clearance passes") { verify };
    }
}
