using System.Text;
using RabbitMQ.Client;

namespace TravelCorridor.Testing.SelfTests;

/// <summary>Small RabbitMQ.Client 7 helpers shared by the broker tests.</summary>
internal static class Amqp
{
    public static Task<IConnection> ConnectAsync(RabbitMqBroker broker) =>
        new ConnectionFactory { Uri = broker.AmqpUri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    /// <summary>A channel whose publishes return only once the broker has confirmed (and, if persistent, stored) them.</summary>
    public static Task<IChannel> ConfirmingChannelAsync(IConnection connection) =>
        connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

    public static async Task PublishPersistentAsync(IChannel channel, string queue, string text) =>
        await channel.BasicPublishAsync(
            exchange: "",
            routingKey: queue,
            mandatory: true,
            basicProperties: new BasicProperties { Persistent = true },
            body: Encoding.UTF8.GetBytes(text));
}
