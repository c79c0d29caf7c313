using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Follows a service's change log for a <c>Watch…</c> stream: every entry after a sequence, then
/// each new one as it commits. Reads a bounded batch at a time, so a slow client costs no more
/// memory than one batch.
/// </summary>
public sealed class ChangeStream<TContext>(TContext db, ChangeFeed<TContext> feed)
    where TContext : DbContext, IChangeLogContext
{
    private const int BatchSize = 200;

    /// <summary>A safety net: commits wake watchers at once; this catches writes by another process.</summary>
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    public async IAsyncEnumerable<ChangeLogEntry> FollowAsync(long afterSequence,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = afterSequence;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Take the wake-up task before reading, so a change committed in between is not missed.
            var nextChange = feed.NextChange;
            var changes = await db.ChangeLog.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
                .Take(BatchSize).ToListAsync(cancellationToken);
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
}
