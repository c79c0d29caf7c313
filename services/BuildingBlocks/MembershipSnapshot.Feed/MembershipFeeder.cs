using Grpc.Core;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Keeps the snapshot current. The change log has no entries for the seeded founding members, so the
/// first connection lists everything and then watches the log from the start, keeping a change only
/// when it is newer than what the snapshot holds. A reconnection resumes after the last sequence seen.
/// </summary>
internal sealed partial class MembershipFeeder(
    MembershipSnapshot snapshot,
    MembershipSnapshotMetrics metrics,
    GrpcClientFactory clients,
    MembershipAddress address,
    IOptions<MembershipSnapshotOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<MembershipFeeder> logger) : BackgroundService
{
    private static readonly string ClientName = nameof(MembershipService.MembershipServiceClient);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _ = metrics; // a dependency only so that the gauges exist as soon as the feeder does
        // Membership may be this very node: wait until Kestrel listens.
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }
        // Kestrel stops before this service and would wait for our own watch stream to end: leave early.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var backoff = new ReconnectBackoff(options.Value.MinReconnectDelay, options.Value.MaxReconnectDelay);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(backoff, stopping.Token);
                Lost(new RpcException(new Status(StatusCode.Unavailable, "membership ended the watch stream")));
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                Lost(e);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(backoff.Next(), time, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FollowAsync(ReconnectBackoff backoff, CancellationToken cancellationToken)
    {
        // A new client per connection: the factory's handlers are recycled, a long-lived client would pin one.
        var client = clients.CreateClient<MembershipService.MembershipServiceClient>(ClientName);
        var view = snapshot.Current;
        if (!view.IsLoaded || view.Sequence == 0)
        {
            await LoadAsync(client, fresh: false, cancellationToken);
            backoff.Reset();
        }
        var resumeAfter = snapshot.Current.Sequence;
        try
        {
            await WatchAsync(client, resumeAfter, backoff, cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && resumeAfter > 0)
        {
            // Membership's change log ends before what this snapshot saw: its database was recreated or
            // restored from an earlier backup. Its versions may have started again too, so the view is
            // rebuilt from its lists alone, not merged with what was held, and followed from the start.
            LogLogReplaced(address.Resolve(), resumeAfter, e.Status.Detail);
            await LoadAsync(client, fresh: true, cancellationToken);
            await WatchAsync(client, snapshot.Current.Sequence, backoff, cancellationToken);
        }
    }

    private async Task WatchAsync(MembershipService.MembershipServiceClient client, long resumeAfter, ReconnectBackoff backoff,
        CancellationToken cancellationToken)
    {
        // Asking from one before the last sequence seen makes membership send that change again at once (it
        // is already held, so skipped): proof that the stream is live even when nothing else has changed.
        var after = Math.Max(0, resumeAfter - 1);
        using var call = client.WatchMembership(new WatchMembershipRequest { AfterSequence = after }, cancellationToken: cancellationToken);
        await foreach (var change in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            snapshot.Publish(snapshot.Current.Apply(change, time.GetUtcNow()));
            if (!snapshot.IsConnected)
            {
                snapshot.MarkConnected();
                backoff.Reset();
                LogResumed(address.Resolve(), resumeAfter);
            }
        }
    }

    private async Task LoadAsync(MembershipService.MembershipServiceClient client, bool fresh, CancellationToken cancellationToken)
    {
        var members = await client.AllMemberStatesAsync(cancellationToken);
        var corridors = await client.AllCorridorsAsync(cancellationToken);
        var keys = await client.AllTrustedKeysAsync(cancellationToken);
        var view = (fresh ? MembershipView.Empty : snapshot.Current).Load(members, corridors, keys, time.GetUtcNow());
        snapshot.Publish(view);
        snapshot.MarkConnected();
        LogLoaded(address.Resolve(), view.MemberStates.Count, view.Corridors.Count, view.TrustedKeys.Count);
    }

    private void Lost(Exception error)
    {
        var firstFailure = snapshot.IsConnected || snapshot.UnreachableSince is null;
        snapshot.MarkUnreachable(time.GetUtcNow());
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

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
