using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Grpc;

public sealed partial class MembershipGrpcService
{
    [AllowAnonymous]
    public override async Task WatchMembership(WatchMembershipRequest request, IServerStreamWriter<WatchMembershipResponse> responseStream,
        ServerCallContext context)
    {
        await WatchStart.CheckAsync(changes, request.AfterSequence, context.CancellationToken);
        await foreach (var change in changes.FollowAsync(request.AfterSequence, context.CancellationToken))
        {
            await responseStream.WriteAsync(change.ToProto(queries.View.ActiveMembers), context.CancellationToken);
        }
    }
}
