using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Following;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Keeps the snapshot current. The change log has no entries for the seeded founding members, so the
/// first connection lists everything and then watches the log from the start, keeping a change only
/// when it is newer than what the snapshot holds. A reconnection resumes after the last sequence seen
/// (the loop, back-off and fresh start are <see cref="ChangeLogFollower"/>'s).
/// </summary>
internal sealed partial class MembershipFeeder(
    MembershipSnapshot snapshot,
    MembershipSnapshotMetrics metrics,
    GrpcClientFactory clients,
    MembershipAddress address,
    IOptions<MembershipSnapshotOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<MembershipFeeder> logger)
    : ChangeLogFollower(new ReconnectBackoff(options.Value.MinReconnectDelay, options.Value.MaxReconnectDelay), lifetime, time)
{
    private static readonly string ClientName = nameof(MembershipService.MembershipServiceClient);

    /// <summary>Set when membership's log was replaced: its versions may have started again too, so the view is rebuilt from its lists alone.</summary>
    private bool fresh;

    protected override long ResumeAfter => snapshot.Current.Sequence;

    protected override async Task FollowAsync(Action connected, CancellationToken cancellationToken)
    {
        _ = metrics; // a dependency only so that the gauges exist as soon as the feeder does
        // A new client per connection: the factory's handlers are recycled, a long-lived client would pin one.
        var client = clients.CreateClient<MembershipService.MembershipServiceClient>(ClientName);
        var view = snapshot.Current;
        if (fresh || !view.IsLoaded || view.Sequence == 0)
        {
            await LoadAsync(client, fresh, cancellationToken);
            fresh = false;
            connected();
        }
        var resumeAfter = snapshot.Current.Sequence;
        // Asking from one before the last sequence seen makes membership send that change again at once (it
        // is already held, so skipped): proof that the stream is live even when nothing else has changed.
        var after = Math.Max(0, resumeAfter - 1);
        using var call = client.WatchMembership(new WatchMembershipRequest { AfterSequence = after }, cancellationToken: cancellationToken);
        await foreach (var change in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            snapshot.Publish(snapshot.Current.Apply(change, Time.GetUtcNow()));
            if (!snapshot.IsConnected)
            {
                snapshot.MarkConnected();
                connected();
                LogResumed(address.Resolve(), resumeAfter);
            }
        }
    }

    protected override void StartAgain(string detail)
    {
        LogLogReplaced(address.Resolve(), snapshot.Current.Sequence, detail);
        fresh = true;
    }

    private async Task LoadAsync(MembershipService.MembershipServiceClient client, bool rebuild, CancellationToken cancellationToken)
    {
        var members = await client.AllMemberStatesAsync(cancellationToken);
        var corridors = await client.AllCorridorsAsync(cancellationToken);
        var keys = await client.AllTrustedKeysAsync(cancellationToken);
        var view = (rebuild ? MembershipView.Empty : snapshot.Current).Load(members, corridors, keys, Time.GetUtcNow());
        snapshot.Publish(view);
        snapshot.MarkConnected();
        LogLoaded(address.Resolve(), view.MemberStates.Count, view.Corridors.Count, view.TrustedKeys.Count);
    }

    protected override void Lost(Exception error)
    {
        var firstFailure = snapshot.IsConnected || snapshot.UnreachableSince is null;
        snapshot.MarkUnreachable(Time.GetUtcNow());
        var reason = error is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : error.Message;
        if (firstFailure && snapshot.Current.IsLoaded)
        {
            LogUnreachable(TryResolve(), snapshot.Current.Sequence, reason);
        }
        else if (firstFailure)
        {
            LogUnreachableBeforeLoad(TryResolve(), reason);
        }
        else
        {
            LogStillUnreachable(TryResolve(), reason);
        }
    }

    private string TryResolve()
    {
        try
        {
            return address.Resolve().ToString();
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }
}
