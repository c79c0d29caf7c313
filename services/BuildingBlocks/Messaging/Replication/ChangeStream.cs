using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Follows a service's change log for a <c>Watch…</c> stream: every entry after a sequence, then
/// each new one as it commits. Reads a bounded batch at a time, so a slow client costs no more
/// memory than one batch.
/// </summary>
public sealed class ChangeStream<TContext>(IServiceProvider scope, ChangeFeed<TContext> feed, IHostApplicationLifetime lifetime)
    where TContext : DbContext, IChangeLogContext
{
    private const int BatchSize = 200;

    /// <summary>A safety net: commits wake watchers at once; this catches writes by another process.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Ends when the caller hangs up or when the node starts stopping: a watcher in another process
    /// would otherwise hold the shutdown until its timeout. Watchers reconnect and resume.
    /// </summary>
    public async IAsyncEnumerable<ChangeLogEntry> FollowAsync(long afterSequence,
        [EnumeratorCancellation] CancellationToken callerGone)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callerGone, lifetime.ApplicationStopping);
        var cancellationToken = linked.Token;
        var after = afterSequence;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Take the wake-up task before reading, so a change committed in between is not missed.
            var nextChange = feed.NextChange;
            var changes = await ReadAfterAsync(after, cancellationToken);
            foreach (var change in changes)
            {
                yield return change;
                after = change.Sequence;
            }
            if (changes.Count == 0)
            {
                await Task.WhenAny(nextChange, Task.Delay(Recheck, cancellationToken));
            }
        }
    }

    /// <summary>The last sequence of the change log; 0 while it is empty.</summary>
    public async Task<long> LatestSequenceAsync(CancellationToken cancellationToken) =>
        await scope.GetRequiredService<TContext>().ChangeLog.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;

    /// <summary>The next batch; none once the stream is ending, so ending is a clean close, not an error.</summary>
    private async Task<List<ChangeLogEntry>> ReadAfterAsync(long after, CancellationToken cancellationToken)
    {
        try
        {
            // Resolved here, not in the constructor: the gRPC service that takes this stream also serves
            // reads from memory, which should not build a DbContext.
            var db = scope.GetRequiredService<TContext>();
            return await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
                .Take(BatchSize).ToListAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}
