using System.Text.Json;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Signing;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary><c>corridorctl events tail</c> against a real broker that a real node publishes to.</summary>
public sealed class EventsCommandTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    [Fact]
    public async Task Events_tail_prints_each_event_of_the_chosen_type_as_it_arrives_and_stops_at_the_count()
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Membership:Secretariat"] = "SG",
        });
        await node.WaitUntilServingAsync();
        var tail = CorridorctlRunner.RunAsync("events", "tail", "--broker", broker.AmqpUri.ToString(), "--type", "MemberStateStatusChanged",
            "--count", "1", "--output", "json", "--corridor", TestCorridor.FilePath);

        // The tail binds its queue when it has connected; until then an event passes it by, so keep changing.
        var suspend = true;
        await Eventually.Until(async () =>
        {
            if (suspend)
            {
                await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "VN", Reason = "seen by corridorctl" },
                    node.As(CorridorRoles.CorridorAdmin));
            }
            else
            {
                await node.Membership.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = "VN", Reason = "seen by corridorctl" },
                    node.As(CorridorRoles.CorridorAdmin));
            }
            suspend = !suspend;
            return await Task.WhenAny(tail, Task.Delay(500)) == tail;
        }, TimeSpan.FromSeconds(60));
        var (exitCode, output, error) = await tail;

        Assert.True(exitCode == 0, error);
        Assert.Contains("listening on", error, StringComparison.Ordinal);
        using var line = JsonDocument.Parse(output.Trim());
        Assert.Equal("MemberStateStatusChanged", line.RootElement.GetProperty("event").GetString());
        Assert.Equal("VN", line.RootElement.GetProperty("message").GetProperty("code").GetString());
        Assert.Equal("SG", line.RootElement.GetProperty("message").GetProperty("origin").GetString());
        Assert.Equal("verified", line.RootElement.GetProperty("signature").GetString());
    }

    [Fact]
    public async Task With_the_corridor_file_a_forged_altered_or_unsigned_event_is_printed_as_refused_with_the_nodes_reason()
    {
        var genuine = new MemberStateStatusChanged(Guid.NewGuid(), "SG", 7, DateTimeOffset.UtcNow, "VN", "Viet Nam", "SUSPENDED", "audit",
            DateTimeOffset.UtcNow.AddYears(-1));
        var altered = genuine with { EventId = Guid.NewGuid(), Status = "ACTIVE" };
        var impostor = EcSigningKey.Create(TestCorridor.NodeKey("SG").KeyId);
        var forged = genuine with { EventId = Guid.NewGuid() };
        var unsigned = genuine with { EventId = Guid.NewGuid() };
        var tail = CorridorctlRunner.RunAsync("events", "tail", "--broker", broker.AmqpUri.ToString(), "--type", "MemberStateStatusChanged",
            "--count", "4", "--corridor", TestCorridor.FilePath);
        await TailListeningAsync();

        await broker.PublishAsync(genuine, genuine.EventId, TestCorridor.Sign(genuine));
        await broker.PublishAsync(altered, altered.EventId, TestCorridor.Sign(genuine));
        await broker.PublishAsync(forged, forged.EventId, EventSigner.Sign(impostor, forged));
        await broker.PublishAsync(unsigned, unsigned.EventId);
        var (exitCode, output, error) = await tail.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.EndsWith("[verified]", lines[0], StringComparison.Ordinal);
        Assert.Contains("[refused: bad_signature:", lines[1], StringComparison.Ordinal);
        Assert.Contains("[refused: bad_signature:", lines[2], StringComparison.Ordinal);
        Assert.Contains("[refused: unsigned:", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_corridor_file_events_tail_says_the_signatures_are_not_checked()
    {
        var change = new MemberStateStatusChanged(Guid.NewGuid(), "SG", 7, DateTimeOffset.UtcNow, "VN", "Viet Nam", "SUSPENDED", "audit",
            DateTimeOffset.UtcNow.AddYears(-1));
        var tail = CorridorctlRunner.RunAsync("events", "tail", "--broker", broker.AmqpUri.ToString(), "--type", "MemberStateStatusChanged",
            "--count", "1");
        await TailListeningAsync();

        await broker.PublishAsync(change, change.EventId);
        var (exitCode, output, error) = await tail.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, error);
        Assert.Contains("signatures are not checked", error, StringComparison.Ordinal);
        Assert.EndsWith("[not checked]", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_event_type_or_a_missing_broker_is_an_input_error_naming_what_exists()
    {
        var unknown = await CorridorctlRunner.RunAsync("events", "tail", "--broker", broker.AmqpUri.ToString(), "--type", "TravellerTeleported");
        var noBroker = await CorridorctlRunner.RunAsync("events", "tail", "--broker", "http://127.0.0.1:5672");

        Assert.Equal(ExitCodes.InputError, unknown.ExitCode);
        Assert.Contains("TravellerCleared", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputError, noBroker.ExitCode);
        Assert.Contains("amqp://", noBroker.Error, StringComparison.Ordinal);
    }

    /// <summary>Until the tail's private queue is bound (the broker names it amq.gen-…): an event before that passes it by.</summary>
    private Task TailListeningAsync() => Eventually.Until(async () =>
        (await broker.RabbitmqctlAsync("list_bindings", "source_name", "destination_name"))
            .Split('\n').Any(l => l.StartsWith("TravelCorridor.Contracts.Membership:MemberStateStatusChanged\tamq.gen-", StringComparison.Ordinal)),
        TimeSpan.FromSeconds(30));
}
