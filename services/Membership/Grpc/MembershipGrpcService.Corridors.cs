using TravelCorridor.Hosting;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

public sealed partial class MembershipGrpcService
{
    public const int MaxStayLimitDays = 365;

    [AllowAnonymous]
    public override async Task<GetCorridorResponse> GetCorridor(GetCorridorRequest request, ServerCallContext context)
    {
        new RequestValidator().CorridorId(request.CorridorId, "corridor_id", out var id).ThrowIfInvalid();
        var corridor = await queries.GetCorridorAsync(id, context.CancellationToken);
        return new GetCorridorResponse { Corridor = await WithUsabilityAsync(corridor, context) };
    }

    [AllowAnonymous]
    public override async Task<ListCorridorsResponse> ListCorridors(ListCorridorsRequest request, ServerCallContext context)
    {
        new RequestValidator().OptionalMemberCode(request.Member, "member").ThrowIfInvalid();
        var list = await queries.ListCorridorsAsync(request.Member.Length == 0 ? null : request.Member, context.CancellationToken);
        var active = await queries.ActiveMembersAsync(context.CancellationToken);
        var response = new ListCorridorsResponse();
        response.Corridors.AddRange(list.Select(c => c.ToProto(active)));
        return response;
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
        return new ProposeCorridorResponse { Corridor = await WithUsabilityAsync(corridor, context) };
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
        return new AcceptCorridorResponse { Corridor = await WithUsabilityAsync(corridor, context) };
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
        return new SuspendCorridorResponse { Corridor = await WithUsabilityAsync(corridor, context) };
    }

    /// <summary>Whether a corridor is usable depends on both members' current status.</summary>
    private async Task<Corridor> WithUsabilityAsync(Domain.Corridor corridor, ServerCallContext context) =>
        corridor.ToProto(await queries.ActiveMembersAsync(context.CancellationToken));
}
