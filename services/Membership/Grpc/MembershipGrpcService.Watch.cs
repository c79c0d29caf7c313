using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

public sealed partial class MembershipGrpcService
{
    [AllowAnonymous]
    public override async Task WatchMembership(WatchMembershipRequest request, IServerStreamWriter<WatchMembershipResponse> responseStream,
        ServerCallContext context)
    {
        new RequestValidator().Check(request.AfterSequence >= 0, "after_sequence", "must not be negative").ThrowIfInvalid();
        await foreach (var change in changes.FollowAsync(request.AfterSequence, context.CancellationToken))
        {
            await responseStream.WriteAsync(change.ToProto(queries.View.ActiveMembers), context.CancellationToken);
        }
    }
}
