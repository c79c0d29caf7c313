using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Persistence;

/// <summary>The connection of a writer that keeps it open and commits continually (an audit log with group commit).</summary>
public static class DedicatedWriter
{
    /// <summary>
    /// Opens <paramref name="db"/>'s connection for good. On SQLite the connection then leaves WAL checkpoints
    /// to the node's other connections (the outbox dispatcher commits after every pass): a checkpoint copies
    /// the log into the database and flushes it, and done by the writer it held up the replies of a whole
    /// batch and every caller queued behind it, the tail of the latency. Checkpoints do not need the write
    /// lock, so another connection runs them beside the writer.
    /// </summary>
    public static async Task OpenAsDedicatedWriterAsync(this DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=0", cancellationToken);
        }
    }
}
