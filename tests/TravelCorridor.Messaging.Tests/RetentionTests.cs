using Microsoft.EntityFrameworkCore;
using TravelCorridor.Messaging.Inbox;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

public sealed class RetentionTests
{
    [Fact]
    public async Task Sent_outbox_rows_and_inbox_entries_older_than_the_window_are_deleted_and_nothing_else()
    {
        await using var sg = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Outbox:Retention"] = "7.00:00:00",
            ["Outbox:RetentionSweep"] = "00:00:00.200",
            // The unsent row below is never publishable; keep it in the outbox for the whole test.
            ["Outbox:PoisonAttempts"] = "1000000",
        });
        var now = DateTimeOffset.UtcNow;
        await sg.QueryAsync(async db =>
        {
            db.Outbox.AddRange(Row("old-sent", now.AddDays(-8), sentAt: now.AddDays(-8)), Row("recent-sent", now.AddDays(-1), sentAt: now.AddDays(-1)),
                Row("old-unsent", now.AddDays(-30), sentAt: null));
            db.Inbox.AddRange(new InboxRecord { EventId = Guid.NewGuid(), Consumer = "old", ProcessedAt = now.AddDays(-8) },
                new InboxRecord { EventId = Guid.NewGuid(), Consumer = "recent", ProcessedAt = now.AddDays(-1) });
            return await db.SaveChangesAsync();
        });

        await Eventually.Until(async () => !await sg.QueryAsync(db => db.Inbox.AnyAsync(r => r.Consumer == "old")), TimeSpan.FromSeconds(30));

        Assert.Equal(["old-unsent", "recent-sent"],
            await sg.QueryAsync(db => db.Outbox.Where(m => m.AggregateKey.StartsWith("retention:")).Select(m => m.AggregateKey.Substring(10))
                .OrderBy(k => k).ToListAsync()));
        Assert.Equal(["recent"], await sg.QueryAsync(db => db.Inbox.Select(r => r.Consumer).ToListAsync()));
    }

    private static OutboxMessage Row(string name, DateTimeOffset occurredAt, DateTimeOffset? sentAt) => new()
    {
        EventId = Guid.NewGuid(),
        MessageType = "TravelCorridor.Contracts.Retention.NotAnEvent",
        Body = "{}",
        AggregateKey = "retention:" + name,
        OccurredAt = occurredAt,
        SentAt = sentAt,
        Attempts = 1,
    };
}
