using Microsoft.EntityFrameworkCore;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>A row that can never be published must not hold back the rows behind it forever.</summary>
public sealed class OutboxPoisonRowTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_row_of_an_unknown_type_is_dead_lettered_and_the_changes_behind_it_are_published()
    {
        await using var sg = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Membership:Secretariat"] = "SG",
            ["Outbox:PoisonAttempts"] = "3",
            ["Outbox:MaxBackoff"] = "00:00:01",
        });
        await sg.WaitUntilServingAsync();

        // A row no node can publish, ahead of a real change to the same member state.
        await sg.QueryAsync(async db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                EventId = Guid.NewGuid(),
                MessageType = "TravelCorridor.Contracts.Membership.MemberStateRenamed",
                Body = "{}",
                AggregateKey = "member_states:VN",
                OccurredAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "VN", Reason = "behind a poison row" },
            sg.As(CorridorRoles.CorridorAdmin));

        await Eventually.Until(async () => await sg.UnsentOutboxAsync() == 0, Deadline);
        var deadLetter = await sg.QueryAsync(db => db.OutboxDeadLetters.SingleAsync());
        Assert.Equal("TravelCorridor.Contracts.Membership.MemberStateRenamed", deadLetter.MessageType);
        Assert.Equal(3, deadLetter.Attempts);
        Assert.Contains("is not known to this node", deadLetter.Reason);
        var suspension = await sg.QueryAsync(db => db.Outbox.SingleAsync(m => m.AggregateKey == "member_states:VN"));
        Assert.NotNull(suspension.SentAt);
        Assert.Contains("travelcorridor_outbox_dead_lettered_total{", await sg.MetricsAsync());
    }
}
