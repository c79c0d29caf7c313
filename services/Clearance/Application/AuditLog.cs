using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Persistence;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Writes decisions to the audit log with group commit: whatever decisions are waiting when the writer is
/// free go into one transaction (at most <see cref="ClearanceOptions.MaxAuditBatch"/>), each with its event
/// in the outbox of the same transaction, and every caller is answered only after that commit. One
/// transaction and one flush to disk then serve many decisions, so durability costs little throughput.
/// Rows go in through one prepared statement per table (<see cref="RowInserter{TEntity}"/>): EF Core's
/// SaveChanges spent more on each row than the decision itself.
/// </summary>
/// <remarks>
/// A batch that fails to commit fails every decision in it with UNAVAILABLE (<c>AUDIT_LOG_UNAVAILABLE</c>):
/// nothing of it was recorded, nothing was answered, and the caller may ask again. A caller that gives up
/// after its decision was queued may still find it recorded: a decision is recorded at most once, but not
/// every recorded decision reached its caller.
/// </remarks>
public sealed partial class AuditLog(
    IServiceScopeFactory scopes,
    WriteGate<ClearanceDbContext> gate,
    OutboxAppender<ClearanceDbContext> outbox,
    AuditMetrics metrics,
    IOptions<ClearanceOptions> options,
    TimeProvider time,
    ILogger<AuditLog> logger)
    : BackgroundService, IClearanceRecorder
{
    // Built from the first context's model (one engine per node), then reused for every batch.
    private RowInserter<ClearanceRecord>? clearances;

    // The writer's context keeps its connection open from batch to batch (opening one, with its pragmas,
    // cost a tenth of a batch); after a failed batch it is dropped and the next batch opens a new one.
    private IServiceScope? writerScope;
    private ClearanceDbContext? writer;

    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(4 * options.Value.MaxAuditBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Completes once <paramref name="record"/> and <paramref name="decided"/> are committed.</summary>
    public async Task AppendAsync(ClearanceRecord record, IIntegrationEvent decided, CancellationToken cancellationToken)
    {
        var pending = new Pending(record, decided, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Committed.Task;
    }

    /// <summary>The writer blocks through every flush, so on a thread of its own rather than the thread pool's.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BlockingWorker.Start("Audit writer", () => Write(stoppingToken));

    private void Write(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(options.Value.MaxAuditBatch);
        try
        {
            while (queue.Reader.WaitToReadAsync(stoppingToken).AsTask().GetAwaiter().GetResult())
            {
                while (batch.Count < options.Value.MaxAuditBatch && queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                Commit(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is still queued was never recorded, and its callers are told so.
        }
        queue.Writer.TryComplete();
        while (queue.Reader.TryRead(out var left))
        {
            left.Committed.TrySetException(NotRecorded("the node is stopping"));
        }
        DropWriter();
    }

    private ClearanceDbContext Writer()
    {
        if (writer is null)
        {
            writerScope = scopes.CreateScope();
            writer = writerScope.ServiceProvider.GetRequiredService<ClearanceDbContext>();
            writer.Database.OpenConnection();
            clearances ??= new RowInserter<ClearanceRecord>(writer);
        }
        return writer;
    }

    private void DropWriter()
    {
        writer = null;
        writerScope?.Dispose();
        writerScope = null;
    }

    private void Commit(List<Pending> batch)
    {
        try
        {
            var db = Writer();
            // Not cancelled by shutdown: a batch once started is committed or fails, never left half told.
            using var turn = gate.Enter();
            var started = time.GetTimestamp();
            using var transaction = db.Database.BeginTransaction();
            clearances!.Insert(db, batch.Select(p => p.Record));
            outbox.Append(db, batch.Select(p => (p.Decided, "clearance:" + p.Record.ClearanceId)));
            transaction.Commit();
            metrics.Committed(batch.Count, time.GetElapsedTime(started));
            outbox.Committed(db);
        }
        catch (Exception e)
        {
            LogCommitFailed(logger, e, batch.Count);
            metrics.Failed(batch.Count);
            DropWriter();
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(NotRecorded("the audit log could not be written"));
            }
            return;
        }
        foreach (var pending in batch)
        {
            pending.Committed.TrySetResult();
        }
    }

    private static UnavailableException NotRecorded(string why) =>
        new("AUDIT_LOG_UNAVAILABLE", $"The decision was not recorded because {why}; nothing was decided, ask again.");

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} decisions could not be written to the audit log")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);

    private sealed record Pending(ClearanceRecord Record, IIntegrationEvent Decided, TaskCompletionSource Committed);
}
