using RabbitMQ.Client;

namespace TravelCorridor.Outbox.Bench;

/// <summary>
/// One durable queue bound to the event's exchange, as a subscribing node would have: the broker then
/// stores every persistent message before it confirms, which is what a real deployment pays.
/// </summary>
internal static class SinkQueue
{
    private const string Exchange = "TravelCorridor.Contracts.Membership:MemberStateStatusChanged";
    private const string Queue = "bench-sink";

    public static async Task BindAsync(Uri broker)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        // The same declaration MassTransit makes for a contract's exchange: fanout, durable.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(Queue, Exchange, routingKey: "");
    }

    public static async Task PurgeAsync(Uri broker)
    {
        await using var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueuePurgeAsync(Queue);
    }
}
