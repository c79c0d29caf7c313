using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace TravelCorridor.Testing.SelfTests;

public sealed class RabbitMqBrokerTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Published_message_is_delivered_to_a_consumer()
    {
        await using var connection = await Amqp.ConnectAsync(broker);
        await using var channel = await Amqp.ConfirmingChannelAsync(connection);
        var queue = (await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true)).QueueName;
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            received.TrySetResult(Encoding.UTF8.GetString(delivery.Body.Span));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        await Amqp.PublishPersistentAsync(channel, queue, "hello corridor");

        Assert.Equal("hello corridor", await received.Task.WaitAsync(DeliveryTimeout));
    }

    [Fact]
    public async Task Rabbitmqctl_talks_to_the_private_node()
    {
        await using var connection = await Amqp.ConnectAsync(broker);
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync("selftest.ctl-probe", durable: true, exclusive: false, autoDelete: false);

        var queues = await broker.RabbitmqctlAsync("list_queues", "--quiet", "--no-table-headers", "name");

        Assert.Contains("selftest.ctl-probe", queues.Split('\n', StringSplitOptions.TrimEntries));
    }
}
