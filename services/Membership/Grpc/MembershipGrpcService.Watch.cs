using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

public sealed partial class MembershipGrpcService
{
    private const int WatchBatchSize = 200;

    /// <summary>A safety net: commits wake watchers at once; this catches writes by another process.</summary>
    private static readonly TimeSpan WatchRecheck = TimeSpan.FromSeconds(5);

    [AllowAnonymous]
    public override async Task WatchMembership(WatchMembershipRequest request, IServerStreamWriter<WatchMembershipResponse> responseStream,
        ServerCallContext context)
    {
        new RequestValidator().Check(request.AfterSequence >= 0, "after_sequence", "must not be negative").ThrowIfInvalid();
        var after = request.AfterSequence;
        var cancellation = context.CancellationToken;
        while (!cancellation.IsCancellationRequested)
        {
            // Take the wake-up task before reading, so a change committed in between is not missed.
            var nextChange = feed.NextChange;
            var changes = await queries.ChangesAfterAsync(after, WatchBatchSize, cancellation);
            if (changes.Count > 0)
            {
                var active = await queries.ActiveMembersAsync(cancellation);
                foreach (var change in changes)
                {
                    await responseStream.WriteAsync(change.ToProto(active), cancellation);
                    after = change.Sequence;
                }
                continue;
            }
            await Task.WhenAny(nextChange, Task.Delay(WatchRecheck, cancellation));
        }
    }
}
