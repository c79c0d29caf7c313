using System.Text.Json;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>
/// The sample subscriber in another language (samples/node-subscriber: Node.js with amqplib), which finds the
/// exchange in the AsyncAPI document (docs/asyncapi.json), receives the event a node publishes: the wire format
/// and the document are usable without .NET.
/// </summary>
public sealed class PlainAmqpSubscriberTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private const string Exchange = "TravelCorridor.Contracts.Membership:MemberStateStatusChanged";

    [Fact]
    public async Task A_nodejs_subscriber_receives_MemberStateStatusChanged_when_a_member_is_suspended()
    {
        await using var sg = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Membership:Secretariat"] = "SG",
        });
        await sg.WaitUntilServingAsync();
        using var subscriber = NodeScript.Start("samples/node-subscriber", "subscribe.mjs", broker.AmqpUri.ToString(), "MemberStateStatusChanged", "1");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Assert.Equal("READY", await subscriber.StandardOutput.ReadLineAsync(timeout.Token));

        await sg.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "VN", Reason = "seen from node.js" },
            sg.As(CorridorRoles.CorridorAdmin));

        var line = await subscriber.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.NotNull(line);
        using var received = JsonDocument.Parse(line!);
        var message = received.RootElement.GetProperty("message");
        Assert.Equal("MemberStateStatusChanged", received.RootElement.GetProperty("event").GetString());
        Assert.Equal(Exchange, received.RootElement.GetProperty("exchange").GetString());
        Assert.Equal("VN", message.GetProperty("code").GetString());
        Assert.Equal("SUSPENDED", message.GetProperty("status").GetString());
        Assert.Equal("seen from node.js", message.GetProperty("reason").GetString());
        Assert.Equal("SG", message.GetProperty("origin").GetString());
        Assert.Equal(2, message.GetProperty("sequence").GetInt64());
        Assert.Equal(message.GetProperty("eventId").GetString(), received.RootElement.GetProperty("messageId").GetString());
        // Exactly the contract's own type: the IIntegrationEvent interface the contracts share stays off the wire.
        Assert.Equal(["urn:message:" + Exchange], received.RootElement.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
        await subscriber.WaitForExitAsync(timeout.Token);
    }
}
