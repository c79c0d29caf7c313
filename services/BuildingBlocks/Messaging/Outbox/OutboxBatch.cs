using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Persistence;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// One pass over a service's outbox: the oldest unsent rows, published concurrently with publisher
/// confirms, and marked sent together in one transaction. Order is kept per aggregate: rows of one
/// aggregate go one after another, each only after the broker confirmed the one before, and a
/// failure stops that aggregate's rows (the next pass starts again from the oldest unsent row), so a
/// row never overtakes an earlier row of the same aggregate. A row that can never be published is
/// retried a bounded number of times, then moved to the dead-letter table. Replicas sharing the database
/// take turns (<see cref="ReplicaLock"/>).
/// </summary>
internal sealed class OutboxBatch<TContext>(
    TContext db,
    WriteGate<TContext> gate,
    OutboxPublisher publisher,
    MessagingMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxBatch<TContext>> logger) where TContext : MessagingDbContext
{
    private static readonly string Service = ServiceNames.Of(typeof(TContext));
    private readonly OutboxOptions settings = options.Value;
    private readonly ConcurrentBag<OutboxMessage> failures = [];
    private readonly ConcurrentBag<OutboxMessage> poison = [];

    /// <param name="reconnected">Cancelled when the bus reconnects: publishes still waiting for a confirm are given up.</param>
    public async Task<BatchOutcome> PublishAsync(CancellationToken reconnected, CancellationToken stoppingToken)
    {
        // Replicas of a service on one PostgreSQL share its outbox: one pass at a time among them, so a row is
        // published by whichever replica reads it first, once, not by every replica's dispatcher.
        await using var replicaTurn = await ReplicaLock.TakeAsync(db, $"outbox:{Service}", stoppingToken);
        // Read without tracking: the marks below are one statement for the batch, not one per row.
        var rows = await db.Outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Id)
            .Take(settings.BatchSize).ToListAsync(stoppingToken);
        // Counting the whole backlog is a scan of its index: only worth it when the batch is full.
        var backlog = rows.Count < settings.BatchSize ? rows.Count : await db.Outbox.CountAsync(m => m.SentAt == null, stoppingToken);
        metrics.Backlog(Service, backlog, rows.Count > 0 ? rows[0].OccurredAt : null);
        if (rows.Count == 0)
        {
            return BatchOutcome.Empty;
        }
        var results = await Task.WhenAll(rows.GroupBy(r => r.AggregateKey)
            .Select(aggregate => PublishInOrderAsync(aggregate.ToList(), reconnected, stoppingToken)));
        var failed = results.Count(r => r != BatchOutcome.Published);
        await RecordAsync(rows);

        var sent = rows.Count(r => r.SentAt is not null);
        metrics.Published(Service, sent);
        logger.LogDebug("Published {Sent} of {Count} outbox rows of {Service}", sent, rows.Count, Service);
        return failed > 0 ? BatchOutcome.Failed
            : rows.Count == settings.BatchSize ? BatchOutcome.PublishedFullBatch
            : BatchOutcome.Published;
    }

    /// <summary>
    /// Marks the published rows sent in one statement, and saves each failed row's attempts and error (and
    /// dead-letters those that failed as poison often enough). A mark lost with a crash of the machine only
    /// publishes those rows again, which receivers' inboxes drop, so this commit need not wait for the disk,
    /// nor hold up the writes that must.
    /// </summary>
    private async Task RecordAsync(List<OutboxMessage> rows)
    {
        var sentIds = rows.Where(r => r.SentAt is not null).Select(r => r.Id).ToList();
        var sentAt = time.GetUtcNow();
        foreach (var row in failures)
        {
            var entry = db.Outbox.Attach(row);
            entry.Property(r => r.Attempts).IsModified = true;
            entry.Property(r => r.LastError).IsModified = true;
        }
        DeadLetterPoisonRows();
        using var turn = await gate.EnterAsync(CancellationToken.None);
        await using var marking = await UnhurriedCommit.BeginAsync(db, CancellationToken.None);
        if (sentIds.Count > 0)
        {
            await db.Outbox.Where(m => sentIds.Contains(m.Id)).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await marking.CommitAsync(CancellationToken.None);
    }

    private async Task<BatchOutcome> PublishInOrderAsync(List<OutboxMessage> aggregate, CancellationToken reconnected, CancellationToken stoppingToken)
    {
        foreach (var row in aggregate)
        {
            try
            {
                var (message, type) = OutboxPublisher.Read(row);
                await publisher.PublishAsync(row, message, type, settings.PublishTimeout, reconnected, stoppingToken);
            }
            catch (PoisonRowException e)
            {
                row.Attempts++;
                failures.Add(row);
                row.LastError = e.Message;
                poison.Add(row);
                logger.LogWarning("Outbox row {Id} ({Type}) cannot be published, attempt {Attempt} of {Max}: {Reason}",
                    row.Id, row.MessageType, row.Attempts, settings.PoisonAttempts, e.Message);
                return BatchOutcome.Failed;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                row.Attempts++;
                failures.Add(row);
                row.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                metrics.PublishFailed(Service, 1);
                logger.LogWarning("Publishing outbox row {Id} ({Type}) failed on attempt {Attempt}: {Error}",
                    row.Id, row.MessageType, row.Attempts, e.Message);
                return BatchOutcome.Failed;
            }
            row.SentAt = time.GetUtcNow();
        }
        return BatchOutcome.Published;
    }

    /// <summary>Moves rows that failed as poison often enough out of the way of the rows behind them.</summary>
    private void DeadLetterPoisonRows()
    {
        foreach (var row in poison.Where(r => r.Attempts >= settings.PoisonAttempts))
        {
            db.OutboxDeadLetters.Add(new OutboxDeadLetter
            {
                Id = row.Id,
                EventId = row.EventId,
                MessageType = row.MessageType,
                Body = row.Body,
                AggregateKey = row.AggregateKey,
                OccurredAt = row.OccurredAt,
                DeadLetteredAt = time.GetUtcNow(),
                Attempts = row.Attempts,
                Reason = row.LastError ?? "",
            });
            db.Outbox.Remove(row);
            metrics.DeadLettered(Service);
            logger.LogError("Outbox row {Id} ({Type}, event {EventId}) moved to outbox_dead_letters after {Attempts} attempts: {Reason}",
                row.Id, row.MessageType, row.EventId, row.Attempts, row.LastError);
        }
    }
}
