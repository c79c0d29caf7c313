using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Two member states' brokers linked both ways by exchange federation, configured like
/// deploy/rabbitmq/*-definitions.json: an upstream per peer (ack-mode on-confirm, max-hops 1) and a
/// policy federating every TravelCorridor contract exchange.
/// </summary>
public sealed class FederatedBrokers : IAsyncLifetime
{
    private const string Policy = """{"federation-upstream-set":"all"}""";

    public RabbitMqBroker Sg { get; } = new() { EnabledPlugins = ["rabbitmq_federation"] };

    public RabbitMqBroker Vn { get; } = new() { EnabledPlugins = ["rabbitmq_federation"] };

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Sg.StartAsync(), Vn.StartAsync());
        await LinkAsync(downstream: Vn, upstream: Sg, "sg");
        await LinkAsync(downstream: Sg, upstream: Vn, "vn");
    }

    /// <summary>Waits until every federated exchange on both brokers has a running link.</summary>
    public async Task WaitForLinksAsync(int exchangesPerBroker)
    {
        foreach (var broker in new[] { Sg, Vn })
        {
            await Eventually.Until(async () =>
            {
                var status = await broker.RabbitmqctlAsync("federation_status", "--formatter", "json");
                return CountOf(status, "\"running\"") >= exchangesPerBroker;
            }, TimeSpan.FromSeconds(60));
        }
    }

    public async Task DisposeAsync()
    {
        await Sg.DisposeAsync();
        await Vn.DisposeAsync();
    }

    private static async Task LinkAsync(RabbitMqBroker downstream, RabbitMqBroker upstream, string name)
    {
        var definition = $$"""{"uri":"amqp://guest:guest@127.0.0.1:{{upstream.AmqpPort}}","ack-mode":"on-confirm","max-hops":1}""";
        await downstream.RabbitmqctlAsync("set_parameter", "federation-upstream", name, definition);
        await downstream.RabbitmqctlAsync("set_policy", "--apply-to", "exchanges", "--priority", "10",
            "federate-corridor-events", @"^TravelCorridor\.Contracts\.", Policy);
    }

    private static int CountOf(string text, string token)
    {
        var count = 0;
        for (var i = text.IndexOf(token, StringComparison.Ordinal); i >= 0; i = text.IndexOf(token, i + token.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
