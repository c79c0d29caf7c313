using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace TravelCorridor.Following;

/// <summary>
/// Follows another service's change log for as long as the process runs: one connection at a time
/// (<see cref="FollowAsync"/>: list what is needed, then watch from <see cref="ResumeAfter"/>), a reconnection
/// after a wait that doubles while the service stays unreachable, and a fresh start when the service answers
/// that its log no longer reaches back to what was seen (<c>FAILED_PRECONDITION</c>: its database was recreated
/// or restored from an earlier backup). What a change means, and how it is kept, is the subclass's.
/// </summary>
public abstract class ChangeLogFollower(ReconnectBackoff backoff, IHostApplicationLifetime lifetime, TimeProvider time) : BackgroundService
{
    protected TimeProvider Time => time;

    /// <summary>The last sequence received and kept; the next connection watches after it. 0 before any.</summary>
    protected abstract long ResumeAfter { get; }

    /// <summary>
    /// One connection: whatever must be listed first, then the watch, each change applied as it comes. Call
    /// <paramref name="connected"/> once the service has answered, so the next outage starts its back-off afresh.
    /// Returns when the service ends the stream; throws when the connection fails.
    /// </summary>
    protected abstract Task FollowAsync(Action connected, CancellationToken cancellationToken);

    /// <summary>The service's log ends before <see cref="ResumeAfter"/>: the next connection starts from nothing.</summary>
    protected abstract void StartAgain(string detail);

    /// <summary>A connection failed or ended (<paramref name="error"/> says how); the next is tried after a wait.</summary>
    protected abstract void Lost(Exception error);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The followed service may be this very node: wait until Kestrel listens.
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }
        // Kestrel stops before hosted services and would wait for our own watch stream to end: leave early.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(backoff.Reset, stopping.Token);
                Lost(new RpcException(new Status(StatusCode.Unavailable, "the service ended the watch stream")));
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && ResumeAfter > 0 && !stopping.IsCancellationRequested)
            {
                StartAgain(e.Status.Detail);
                continue;
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
