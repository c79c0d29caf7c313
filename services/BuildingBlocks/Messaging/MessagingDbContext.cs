using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Messaging.Inbox;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging;

/// <summary>
/// Base of every service's DbContext: adds the outbox and inbox tables, so an event is stored in the
/// same transaction (the same <c>SaveChanges</c>) as the state change it describes.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();

    public DbSet<OutboxDeadLetter> OutboxDeadLetters => Set<OutboxDeadLetter>();

    public DbSet<SupersededChange> SupersededChanges => Set<SupersededChange>();

    /// <summary>True when outbox rows were added since the last save; read by the commit interceptor.</summary>
    internal bool HasNewOutboxMessages { get; set; }

    /// <summary>Queues an event for publishing when the current unit of work is saved.</summary>
    public void Enqueue(IIntegrationEvent message, string aggregateKey)
    {
        Outbox.Add(OutboxRow(message, aggregateKey));
        HasNewOutboxMessages = true;
    }

    /// <summary>The outbox row of <paramref name="message"/>, as saved by <see cref="Enqueue"/> and <see cref="Outbox.OutboxAppender{TContext}"/>.</summary>
    internal static OutboxMessage OutboxRow(IIntegrationEvent message, string aggregateKey)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        return new OutboxMessage
        {
            EventId = message.EventId,
            MessageType = type.FullName!,
            Body = JsonSerializer.Serialize(message, type, EventJson.Options),
            AggregateKey = aggregateKey,
            OccurredAt = message.OccurredAt,
        };
    }

    /// <summary>
    /// Claims an event for a consumer: false when it was handled before. The claim is saved with the
    /// consumer's own changes, so a crash in between handles the event again, never half.
    /// </summary>
    public async Task<bool> TryClaimAsync(Guid eventId, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await IsClaimedAsync(eventId, consumer, cancellationToken))
        {
            return false;
        }
        Inbox.Add(new InboxRecord { EventId = eventId, Consumer = consumer, ProcessedAt = now });
        return true;
    }

    /// <summary>Whether <paramref name="consumer"/> handled the event before (a read; nothing is claimed).</summary>
    public Task<bool> IsClaimedAsync(Guid eventId, string consumer, CancellationToken cancellationToken) =>
        Inbox.AnyAsync(r => r.EventId == eventId && r.Consumer == consumer, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.EventId).IsUnique();
            e.HasIndex(m => m.SentAt);
            e.Property(m => m.MessageType).HasMaxLength(300);
            e.Property(m => m.AggregateKey).HasMaxLength(200);
        });
        modelBuilder.Entity<OutboxDeadLetter>(e =>
        {
            e.ToTable("outbox_dead_letters");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).ValueGeneratedNever();
            e.Property(m => m.MessageType).HasMaxLength(300);
            e.Property(m => m.AggregateKey).HasMaxLength(200);
        });
        modelBuilder.Entity<SupersededChange>(e =>
        {
            e.ToTable("superseded_changes");
            e.HasKey(c => c.Id);
            e.Property(c => c.AggregateKey).HasMaxLength(200);
            e.Property(c => c.EventType).HasMaxLength(100);
            e.Property(c => c.LosingOrigin).HasMaxLength(2);
            e.Property(c => c.WinningOrigin).HasMaxLength(2);
        });
        modelBuilder.Entity<InboxRecord>(e =>
        {
            e.ToTable("inbox_records");
            e.HasKey(r => new { r.EventId, r.Consumer });
            e.Property(r => r.Consumer).HasMaxLength(200);
            e.HasIndex(r => r.ProcessedAt);
        });
    }
}
