using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Paging;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;
using TravelCorridor.Membership.V1;
using TravelCorridor.Validation;

namespace TravelCorridor.Membership.Grpc;

public sealed partial class MembershipGrpcService
{
    [AllowAnonymous]
    public override Task<GetMemberStateResponse> GetMemberState(GetMemberStateRequest request, ServerCallContext context)
    {
        new RequestValidator().MemberCode(request.Code, "code").ThrowIfInvalid();
        return Task.FromResult(new GetMemberStateResponse { MemberState = queries.GetMember(request.Code).ToProto() });
    }

    [AllowAnonymous]
    public override Task<ListMemberStatesResponse> ListMemberStates(ListMemberStatesRequest request, ServerCallContext context)
    {
        new RequestValidator().Page(request.PageSize, request.PageToken, request.Filter(), out var page).ThrowIfInvalid();
        var members = page.Take(queries.View.Members, m => m.PageKey(), m => m.ToProto());
        var response = new ListMemberStatesResponse { NextPageToken = members.NextPageToken };
        response.MemberStates.AddRange(members.Items);
        return Task.FromResult(response);
    }

    [Authorize(Policy = CorridorPolicies.CorridorAdmin)]
    public override async Task<AdmitMemberStateResponse> AdmitMemberState(AdmitMemberStateRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Code, "code")
            .Name(request.Name, "name")
            .ThrowIfInvalid();
        var member = await memberStates.AdmitAsync(request.Code, request.Name.Trim(), context.CancellationToken);
        return new AdmitMemberStateResponse { MemberState = member.ToProto() };
    }

    [Authorize(Policy = CorridorPolicies.CorridorAdmin)]
    public override async Task<SuspendMemberStateResponse> SuspendMemberState(SuspendMemberStateRequest request, ServerCallContext context)
    {
        new RequestValidator().MemberCode(request.Code, "code").Reason(request.Reason, "reason").ThrowIfInvalid();
        var member = await memberStates.SuspendAsync(request.Code, request.Reason, context.CancellationToken);
        return new SuspendMemberStateResponse { MemberState = member.ToProto() };
    }

    [Authorize(Policy = CorridorPolicies.CorridorAdmin)]
    public override async Task<ReinstateMemberStateResponse> ReinstateMemberState(ReinstateMemberStateRequest request, ServerCallContext context)
    {
        new RequestValidator().MemberCode(request.Code, "code").Reason(request.Reason, "reason").ThrowIfInvalid();
        var member = await memberStates.ReinstateAsync(request.Code, request.Reason, context.CancellationToken);
        return new ReinstateMemberStateResponse { MemberState = member.ToProto() };
    }
}
