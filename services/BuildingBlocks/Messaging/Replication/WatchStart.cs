using Microsoft.EntityFrameworkCore;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Messaging.Replication;

/// <summary>The checks every <c>Watch…</c> stream makes on its starting point before it follows the change log.</summary>
public static class WatchStart
{
    /// <summary>
    /// Refuses a start after the log's last sequence with FAILED_PRECONDITION (<c>AFTER_SEQUENCE_AHEAD_OF_LOG</c>,
    /// with <c>latest_sequence</c>). Only a watcher that followed another log gets there: this node's database
    /// was recreated, or restored from an earlier backup. Waiting would serve it nothing until the new log
    /// passed its sequence, and then only the changes after it; told, it loads the whole state again.
    /// </summary>
    public static async Task CheckAsync<TContext>(ChangeStream<TContext> changes, long afterSequence, CancellationToken cancellationToken)
        where TContext : DbContext, IChangeLogContext
    {
        ArgumentNullException.ThrowIfNull(changes);
        new RequestValidator().Check(afterSequence >= 0, "after_sequence", "must not be negative").ThrowIfInvalid();
        var latest = await changes.LatestSequenceAsync(cancellationToken);
        if (afterSequence > latest)
        {
            throw new FailedPreconditionException(AheadOfLog,
                $"This node's change log ends at sequence {latest}, before the requested start after {afterSequence}: the log was " +
                "recreated or restored from an earlier backup. Load the whole state again and watch from its sequence.",
                new Dictionary<string, string> { ["latest_sequence"] = latest.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    public const string AheadOfLog = "AFTER_SEQUENCE_AHEAD_OF_LOG";
}
