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
    public override Task<ListTrustedKeysResponse> ListTrustedKeys(ListTrustedKeysRequest request, ServerCallContext context)
    {
        new RequestValidator().OptionalMemberCode(request.Member, "member")
            .Page(request.PageSize, request.PageToken, request.Filter(), out var page).ThrowIfInvalid();
        var keys = page.Take(queries.ListKeys(request.Member.Length == 0 ? null : request.Member, request.IncludeRevoked),
            k => k.PageKey(), k => k.ToProto());
        var response = new ListTrustedKeysResponse { NextPageToken = keys.NextPageToken };
        response.TrustedKeys.AddRange(keys.Items);
        return Task.FromResult(response);
    }

    [Authorize(Policy = CorridorPolicies.MemberOrCorridorAdmin)]
    public override async Task<AddTrustedKeyResponse> AddTrustedKey(AddTrustedKeyRequest request, ServerCallContext context)
    {
        var use = ProtoMapper.KeyUseFrom(request.Use);
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .KeyId(request.KeyId, "key_id")
            .Check(use is not null, "use", "must be KEY_USE_RULES, KEY_USE_PASSES or KEY_USE_NODE")
            .PublicJwk(request.PublicKeyJwk, request.KeyId, "public_key_jwk")
            .Instant(request.NotBefore, "not_before", out var notBefore)
            .Instant(request.NotAfter, "not_after", out var notAfter)
            .Check(notBefore is null || notAfter is null || notAfter > notBefore, "not_after", "must be after not_before")
            .ThrowIfInvalid();
        Caller.Of(context).EnsureActsFor(request.Member, corridorAdminMayAct: true);
        var key = await trustedKeys.AddAsync(request.Member, request.KeyId, use!.Value, request.PublicKeyJwk,
            notBefore!.Value, notAfter!.Value, context.CancellationToken);
        return new AddTrustedKeyResponse { TrustedKey = key.ToProto() };
    }

    [Authorize(Policy = CorridorPolicies.MemberOrCorridorAdmin)]
    public override async Task<RevokeTrustedKeyResponse> RevokeTrustedKey(RevokeTrustedKeyRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .KeyId(request.KeyId, "key_id")
            .Reason(request.Reason, "reason")
            .ThrowIfInvalid();
        Caller.Of(context).EnsureActsFor(request.Member, corridorAdminMayAct: true);
        var key = await trustedKeys.RevokeAsync(request.Member, request.KeyId, request.Reason, context.CancellationToken);
        return new RevokeTrustedKeyResponse { TrustedKey = key.ToProto() };
    }
}
