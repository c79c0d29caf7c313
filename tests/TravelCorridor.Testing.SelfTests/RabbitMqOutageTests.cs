using System.Text;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace TravelCorridor.Testing.SelfTests;

/// <summary>Each test owns its broker: they stop, restart and dispose it.</summary>
public sealed class RabbitMqOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stop_refuses_connections_and_start_brings_back_persisted_messages()
    {
        await using var broker = new RabbitMqBroker { Log = output.WriteLine };
        await broker.StartAsync();
        await using (var connection = await Amqp.ConnectAsync(broker))
        await using (var channel = await Amqp.ConfirmingChannelAsync(connection))
        {
            await channel.QueueDeclareAsync("selftest.durable", durable: true, exclusive: false, autoDelete: false);
            await Amqp.PublishPersistentAsync(channel, "selftest.durable", "survives restarts");
        }

        await broker.StopAsync();

        Assert.False(broker.IsRunning);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => Amqp.ConnectAsync(broker));

        await broker.StartAsync();

        await using (var connection = await Amqp.ConnectAsync(broker))
        await using (var channel = await connection.CreateChannelAsync())
        {
            var message = await channel.BasicGetAsync("selftest.durable", autoAck: true);
            Assert.NotNull(message);
            Assert.Equal("survives restarts", Encoding.UTF8.GetString(message.Body.Span));
        }
    }

    [Fact]
    public async Task Dispose_kills_the_node_and_deletes_its_directory()
    {
        var broker = new RabbitMqBroker { Log = output.WriteLine };
        await broker.StartAsync();
        var erlangVm = int.Parse(await File.ReadAllTextAsync(Path.Combine(broker.BaseDirectory, "rabbitmq.pid")));
        Assert.True(IsAlive(erlangVm));

        await broker.DisposeAsync();

        Assert.False(Directory.Exists(broker.BaseDirectory));
        // SIGKILL is delivered asynchronously; the VM must be gone shortly after.
        await Eventually.Until(() => !IsAlive(erlangVm), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Enabled_plugins_are_loaded()
    {
        await using var broker = new RabbitMqBroker { EnabledPlugins = ["rabbitmq_federation"], Log = output.WriteLine };
        await broker.StartAsync();

        // Only a node running the federation plugin knows the federation-upstream parameter.
        await broker.RabbitmqctlAsync(
            "set_parameter", "federation-upstream", "selftest", $"{{\"uri\":\"{broker.AmqpUri}\"}}");

        var upstreams = await broker.RabbitmqctlAsync("list_parameters", "--quiet");
        Assert.Contains("federation-upstream", upstreams);
    }

    /// <summary>
    /// Whether the process exists and is not a zombie: a killed Erlang VM is orphaned and stays a zombie
    /// until init reaps it, which is not ours to wait for.
    /// </summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
