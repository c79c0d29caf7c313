using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.Extensions.Hosting;

namespace TravelCorridor.Following.Tests;

/// <summary>The follow loop on its own, over scripted connections: what happens after a failure, an end and a replaced log.</summary>
public sealed class ChangeLogFollowerTests
{
    [Fact]
    public async Task Failed_connections_are_reported_and_retried_until_one_follows()
    {
        var follower = new ScriptedFollower(
            _ => throw new RpcException(new Status(StatusCode.Unavailable, "down")),
            _ => throw new IOException("reset"),
            connected => { connected(); return Task.Delay(Timeout.Infinite); });

        await follower.RunUntilAsync(3);

        Assert.Equal(["Unavailable", "IOException"], follower.Losses);
        Assert.Equal(1, follower.Connected);
    }

    [Fact]
    public async Task A_stream_the_service_ends_counts_as_lost_and_is_followed_again()
    {
        var follower = new ScriptedFollower(_ => Task.CompletedTask, _ => Task.Delay(Timeout.Infinite));

        await follower.RunUntilAsync(2);

        Assert.Equal(["Unavailable"], follower.Losses);
    }

    [Fact]
    public async Task A_log_replaced_behind_what_was_seen_is_followed_again_from_the_start_without_counting_as_lost()
    {
        var follower = new ScriptedFollower(
            _ => throw new RpcException(new Status(StatusCode.FailedPrecondition, "AFTER_SEQUENCE_AHEAD_OF_LOG")),
            _ => Task.Delay(Timeout.Infinite)) { Sequence = 40 };

        await follower.RunUntilAsync(2);

        Assert.Equal(["AFTER_SEQUENCE_AHEAD_OF_LOG"], follower.StartedAgain);
        Assert.Empty(follower.Losses);
        Assert.Equal(0, follower.Sequence);
    }

    private sealed class ScriptedFollower(params Func<Action, Task>[] attempts)
        : ChangeLogFollower(new ReconnectBackoff(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2)), new StartedLifetime(), TimeProvider.System)
    {
        private readonly SemaphoreSlim attempted = new(0);
        private int next;

        public long Sequence { get; set; }

        public ConcurrentQueue<string> Losses { get; } = new();

        public ConcurrentQueue<string> StartedAgain { get; } = new();

        public int Connected { get; private set; }

        protected override long ResumeAfter => Sequence;

        public async Task RunUntilAsync(int attemptCount)
        {
            await StartAsync(CancellationToken.None);
            for (var i = 0; i < attemptCount; i++)
            {
                Assert.True(await attempted.WaitAsync(TimeSpan.FromSeconds(10)), $"attempt {i + 1} never came");
            }
            await StopAsync(CancellationToken.None);
        }

        protected override Task FollowAsync(Action connected, CancellationToken cancellationToken)
        {
            var attempt = attempts[Math.Min(next++, attempts.Length - 1)];
            try
            {
                return attempt(() => Connected++).WaitAsync(cancellationToken);
            }
            finally
            {
                // After the attempt began (or threw at once), so what it did is visible to the test.
                attempted.Release();
            }
        }

        protected override void StartAgain(string detail)
        {
            StartedAgain.Enqueue(detail);
            Sequence = 0;
        }

        protected override void Lost(Exception error) =>
            Losses.Enqueue(error is RpcException rpc ? rpc.StatusCode.ToString() : error.GetType().Name);
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
