using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;
using TravelCorridor.Persistence;
using TravelCorridor.Validation;

namespace TravelCorridor.Clearance.Grpc;

/// <summary>
/// The clearance API. Handlers check the request and the caller and hand over to the application layer;
/// split by concern over several files. One instance serves every call; per-call services (the database
/// context behind the audit queries, revocations and pass checks) come from the call's scope.
/// </summary>
[Authorize]
public sealed partial class ClearanceGrpcService(ClearanceDesk desk, IOptions<ClearanceOptions> options, IOptions<NodeOptions> node)
    : ClearanceService.ClearanceServiceBase
{
    private string Here => node.Value.Member;


    private static Officer OfficerOf(ServerCallContext context)
    {
        var caller = Caller.Of(context);
        return new Officer(caller.Member, caller.Subject);
    }

    [Authorize(Policy = CorridorPolicies.BorderOfficer)]
    public override async Task<ClearTravellerResponse> ClearTraveller(ClearTravellerRequest request, ServerCallContext context)
    {
        var (record, decision) = await desk.ClearAsync(request.Application, request.LanguageCode, "application", OfficerOf(context), context.CancellationToken);
        return new ClearTravellerResponse { Clearance = record.ToProto(decision) };
    }

    public override async Task<VerifyClearancePassResponse> VerifyClearancePass(VerifyClearancePassRequest request, ServerCallContext context)
    {
        var v = new RequestValidator().Required(request.Pass, "pass");
        v.WithinLength(request.Pass, "pass", PassChecker.MaxPassLength);
        v.PresentedDocument(request.Presented, "presented");
        v.ThrowIfInvalid();
        (string, string, string?)? presented = request.Presented is { } p
            ? (p.IssuingState, p.Number, p.DateOfBirth.Length == 0 ? null : p.DateOfBirth)
            : null;
        var verdict = await context.Scoped<PassChecker>().CheckAsync(request.Pass, presented, context.CancellationToken);
        return verdict.ToProto();
    }
}
