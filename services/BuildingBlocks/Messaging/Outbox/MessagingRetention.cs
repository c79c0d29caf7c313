using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TravelCorridor.Messaging.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// Keeps a service's outbox and inbox from growing without bound: sent outbox rows and inbox entries
/// older than <see cref="OutboxOptions.Retention"/> are deleted, at start and then every
/// <see cref="OutboxOptions.RetentionSweep"/>. Unsent rows and dead letters are never deleted. An inbox
/// entry outlives any redelivery the broker could still make; after that, the replica's version check
/// alone makes a very late duplicate harmless.
/// </summary>
internal sealed class MessagingRetention<TContext>(
    IServiceScopeFactory scopes,
    WriteGate<TContext> gate,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<MessagingRetention<TContext>> logger) : BackgroundService where TContext : MessagingDbContext
{
    private readonly OutboxOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.RetentionSweep, time);
        try
        {
            do
            {
                await SweepLoggingFailuresAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepLoggingFailuresAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SweepAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Retention sweep of {Context} failed; trying again in {Period}", typeof(TContext).Name, settings.RetentionSweep);
        }
    }

    /// <summary>Deletes what is older than the retention window; returns how many outbox rows and inbox entries went.</summary>
    internal async Task<(int Outbox, int Inbox)> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        using var turn = await gate.EnterAsync(cancellationToken);
        var cutoff = time.GetUtcNow() - settings.Retention;
        var outbox = await DeleteOlderThanAsync<OutboxMessage>(db, nameof(OutboxMessage.SentAt), cutoff, cancellationToken);
        var inbox = await DeleteOlderThanAsync<InboxRecord>(db, nameof(InboxRecord.ProcessedAt), cutoff, cancellationToken);
        if (outbox + inbox > 0)
        {
            logger.LogInformation("Retention: deleted {Outbox} sent outbox rows and {Inbox} inbox entries of {Context} older than {Cutoff:u}",
                outbox, inbox, typeof(TContext).Name, cutoff);
        }
        return (outbox, inbox);
    }

    /// <summary>
    /// <c>DELETE … WHERE column &lt; cutoff</c> in SQL, because EF's SQLite provider cannot translate
    /// DateTimeOffset comparisons. SQLite stores them as ISO-8601 text, which compares correctly as
    /// text since every instant we write is UTC (from TimeProvider.GetUtcNow, offset +00:00);
    /// PostgreSQL compares timestamptz natively. Names come from the model, quoted by the provider.
    /// </summary>
    private static Task<int> DeleteOlderThanAsync<TEntity>(TContext db, string property, DateTimeOffset cutoff,
        CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var column = sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var from = sql.DelimitIdentifier(table.Name, table.Schema);
        var delete = "DELETE FROM " + from + " WHERE " + column + " IS NOT NULL AND " + column + " < {0}";
        return db.Database.ExecuteSqlRawAsync(delete, [cutoff], cancellationToken);
    }
}
