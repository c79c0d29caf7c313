using System.Text.Json;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
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
            "--count", "1", "--output", "json");

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
}
