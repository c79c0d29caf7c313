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
    public const int MaxStayLimitDays = 365;

    [AllowAnonymous]
    public override Task<GetCorridorResponse> GetCorridor(GetCorridorRequest request, ServerCallContext context)
    {
        new RequestValidator().CorridorId(request.CorridorId, "corridor_id", out var id).ThrowIfInvalid();
        return Task.FromResult(new GetCorridorResponse { Corridor = WithUsability(queries.GetCorridor(id)) });
    }

    [AllowAnonymous]
    public override Task<ListCorridorsResponse> ListCorridors(ListCorridorsRequest request, ServerCallContext context)
    {
        new RequestValidator().OptionalMemberCode(request.Member, "member")
            .Page(request.PageSize, request.PageToken, request.Filter(), out var page).ThrowIfInvalid();
        var active = queries.View.ActiveMembers;
        var corridors = page.Take(queries.ListCorridors(request.Member.Length == 0 ? null : request.Member),
            c => c.PageKey(), c => c.ToProto(active));
        var response = new ListCorridorsResponse { NextPageToken = corridors.NextPageToken };
        response.Corridors.AddRange(corridors.Items);
        return Task.FromResult(response);
    }

    [Authorize(Policy = CorridorPolicies.MemberAdmin)]
    public override async Task<ProposeCorridorResponse> ProposeCorridor(ProposeCorridorRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.ProposingMember, "proposing_member")
            .MemberCode(request.PartnerMember, "partner_member")
            .Check(request.ProposingMember != request.PartnerMember || request.PartnerMember.Length == 0, "partner_member",
                "a corridor needs two different member states")
            .Purposes(request.Purposes, "purposes", out var purposes)
            .Check(request.MaxStayDays is >= 1 and <= MaxStayLimitDays, "max_stay_days", $"must be from 1 to {MaxStayLimitDays}")
            .ThrowIfInvalid();
        Caller.Of(context).EnsureActsFor(request.ProposingMember);
        var corridor = await corridors.ProposeAsync(request.ProposingMember, request.PartnerMember, purposes,
            request.MaxStayDays, context.CancellationToken);
        return new ProposeCorridorResponse { Corridor = WithUsability(corridor) };
    }

    [Authorize(Policy = CorridorPolicies.MemberAdmin)]
    public override async Task<AcceptCorridorResponse> AcceptCorridor(AcceptCorridorRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .CorridorId(request.CorridorId, "corridor_id", out var id)
            .MemberCode(request.AcceptingMember, "accepting_member")
            .ThrowIfInvalid();
        Caller.Of(context).EnsureActsFor(request.AcceptingMember);
        var corridor = await corridors.AcceptAsync(id, request.AcceptingMember, context.CancellationToken);
        return new AcceptCorridorResponse { Corridor = WithUsability(corridor) };
    }

    [Authorize(Policy = CorridorPolicies.MemberAdmin)]
    public override async Task<SuspendCorridorResponse> SuspendCorridor(SuspendCorridorRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .CorridorId(request.CorridorId, "corridor_id", out var id)
            .MemberCode(request.SuspendingMember, "suspending_member")
            .Reason(request.Reason, "reason")
            .ThrowIfInvalid();
        Caller.Of(context).EnsureActsFor(request.SuspendingMember);
        var corridor = await corridors.SuspendAsync(id, request.SuspendingMember, request.Reason, context.CancellationToken);
        return new SuspendCorridorResponse { Corridor = WithUsability(corridor) };
    }

    /// <summary>Whether a corridor is usable depends on both members' current status.</summary>
    private Corridor WithUsability(Domain.Corridor corridor) => corridor.ToProto(queries.View.ActiveMembers);
}
