using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// Publishes a service's outbox rows in the order they were written, one at a time with publisher
/// confirms, and marks each sent only after the broker confirmed it. A failure stops the batch and
/// retries the same row after a growing delay, so order is kept (per aggregate and overall) and
/// nothing is skipped while the broker is down; the backlog drains as soon as it returns.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxPublisher publisher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService where TContext : MessagingDbContext
{
    private readonly OutboxOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = settings.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await PublishBatchAsync(stoppingToken);
                if (outcome == BatchOutcome.Failed)
                {
                    await Task.Delay(backoff, time, stoppingToken);
                    backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxBackoff.Ticks));
                    continue;
                }
                backoff = settings.InitialBackoff;
                if (outcome == BatchOutcome.Empty)
                {
                    await signal.Signal.WaitAsync(settings.IdleCheck, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database itself failed (locked, unreachable): wait and try again, never exit.
                logger.LogError(e, "Outbox dispatch of {Context} failed; retrying in {Delay}", typeof(TContext).Name, backoff);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }

    private async Task<BatchOutcome> PublishBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await db.Outbox.Where(m => m.SentAt == null).OrderBy(m => m.Id)
            .Take(settings.BatchSize).ToListAsync(stoppingToken);
        if (batch.Count == 0)
        {
            return BatchOutcome.Empty;
        }
        foreach (var row in batch)
        {
            row.Attempts++;
            try
            {
                await publisher.PublishAsync(row, settings.PublishTimeout, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                row.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                await db.SaveChangesAsync(CancellationToken.None);
                logger.LogWarning("Publishing outbox row {Id} ({Type}) failed on attempt {Attempt}: {Error}",
                    row.Id, row.MessageType, row.Attempts, e.Message);
                return BatchOutcome.Failed;
            }
            row.SentAt = time.GetUtcNow();
            row.LastError = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        logger.LogDebug("Published {Count} outbox rows of {Context}", batch.Count, typeof(TContext).Name);
        return BatchOutcome.Published;
    }

    private enum BatchOutcome
    {
        Empty,
        Published,
        Failed,
    }
}
