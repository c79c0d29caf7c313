using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TravelCorridor.Persistence;

/// <summary>
/// Copies a SQLite database's write-ahead log into the database file a few times a second, on a thread of
/// its own and outside the database's write gate (a passive checkpoint: it waits for no reader or writer,
/// and the next commit after a complete one starts the log from its beginning again, so the log's file stays
/// about as large as what is written between two checkpoints).
/// </summary>
/// <remarks>
/// No connection checkpoints when it commits (<see cref="SqlitePragmas"/> sets <c>wal_autocheckpoint=0</c>):
/// SQLite runs such a checkpoint inside the commit that crossed the threshold, so the writer that happened to
/// make that commit held the write gate while megabytes were copied and flushed, and every writer queued
/// behind it waited, an audit batch and all its callers included (the p99 of ClearTraveller fell by about a
/// fifth when commits stopped checkpointing).
/// </remarks>
internal sealed partial class SqliteCheckpoints<TContext>(IServiceScopeFactory scopes, TimeProvider time, ILogger<SqliteCheckpoints<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    /// <summary>How often the log is copied: at 20 MB of log a second (a busy audit log), a few MB each time.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BlockingWorker.Start("WAL checkpoints", () => Run(stoppingToken));

    private void Run(CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var timer = new PeriodicTimer(Interval, time);
        var failing = false;
        try
        {
            while (timer.WaitForNextTickAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                try
                {
                    // Kept open between checkpoints (opening runs the pragmas of every connection); opened
                    // again after a failure closed it.
                    if (db.Database.GetDbConnection().State != ConnectionState.Open)
                    {
                        db.Database.OpenConnection();
                    }
                    db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(PASSIVE)");
                    if (failing)
                    {
                        failing = false;
                        LogRecovered(logger, typeof(TContext).Name);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // The log keeps growing until a checkpoint succeeds; nothing is lost meanwhile.
                    if (!failing)
                    {
                        failing = true;
                        LogFailed(logger, e, typeof(TContext).Name);
                    }
                    db.Database.CloseConnection();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: SQLite checkpoints the whole log when the last connection to the database closes.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing the write-ahead log of {Context} failed; its log grows until a checkpoint succeeds")]
    private static partial void LogFailed(ILogger logger, Exception exception, string context);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkpoints of the write-ahead log of {Context} succeed again")]
    private static partial void LogRecovered(ILogger logger, string context);
}
