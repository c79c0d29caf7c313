using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>Starts member-state nodes that share one real RabbitMQ broker.</summary>
internal static class BrokerNodes
{
    public static async Task<NodeHost> StartAsync(RabbitMqBroker broker, string member, string? dataDirectory = null)
    {
        var node = await NodeHost.StartAsync(member, dataDirectory,
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
                ["Membership:Secretariat"] = "SG",
                // Short backoff so a returning broker is noticed quickly in tests.
                ["Outbox:MaxBackoff"] = "00:00:02",
            });
        await node.WaitUntilServingAsync();
        return node;
    }
}
