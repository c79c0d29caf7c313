using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Two member states' brokers linked both ways by exchange federation, configured like
/// deploy/rabbitmq/*-definitions.json: an upstream per peer (ack-mode on-confirm, max-hops 1), a policy
/// federating every TravelCorridor contract exchange, and on each broker a federation user per peer that may
/// only read the contract exchanges and manage its own federation links: a peer cannot write events into
/// another member's broker.
/// </summary>
public sealed class FederatedBrokers : IAsyncLifetime
{
    private const string Policy = """{"federation-upstream-set":"all"}""";

    public RabbitMqBroker Sg { get; } = new() { EnabledPlugins = ["rabbitmq_federation"] };

    public RabbitMqBroker Vn { get; } = new() { EnabledPlugins = ["rabbitmq_federation"] };

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Sg.StartAsync(), Vn.StartAsync());
        await LinkAsync(downstream: Vn, upstream: Sg, "vn", "sg");
        await LinkAsync(downstream: Sg, upstream: Vn, "sg", "vn");
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

    /// <summary>The password of every federation user here (the brokers listen on loopback only).</summary>
    public const string FederationPassword = "federation-secret";

    /// <summary>What a peer's federation user may do on a member's broker, as deploy/rabbitmq/*-definitions.json grant it.</summary>
    public static readonly string[] FederationPermissions = ["^federation: ", "^federation: ", @"^(TravelCorridor\.Contracts\.|federation: )"];

    private static async Task LinkAsync(RabbitMqBroker downstream, RabbitMqBroker upstream, string downstreamName, string upstreamName)
    {
        var user = $"{downstreamName}-federation";
        await upstream.RabbitmqctlAsync("add_user", user, FederationPassword);
        await upstream.RabbitmqctlAsync(["set_permissions", "-p", "/", user, .. FederationPermissions]);
        var definition = $$"""{"uri":"amqp://{{user}}:{{FederationPassword}}@127.0.0.1:{{upstream.AmqpPort}}","ack-mode":"on-confirm","max-hops":1}""";
        await downstream.RabbitmqctlAsync("set_parameter", "federation-upstream", upstreamName, definition);
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
