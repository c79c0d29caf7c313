using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;

namespace TravelCorridor.Testing;

/// <summary>
/// Publishes an event straight to a broker with a plain AMQP client, as any system with access to the broker
/// could (a peer, or a forger): to the fanout exchange MassTransit names after the contract type, in
/// MassTransit's JSON envelope (docs/events.md). No node is involved, so what arrives is exactly what the
/// test wrote, and a redelivery is the same message published again.
/// </summary>
public static class BrokerMessages
{
    private const string EnvelopeContentType = "application/vnd.masstransit+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Publishes <paramref name="message"/> and returns once the broker confirmed it; fails when no queue is
    /// bound to the exchange, since nothing would then receive it.
    /// </summary>
    /// <param name="messageId">The envelope's messageId; events use their eventId.</param>
    /// <param name="signature">The <c>TravelCorridor-Signature</c> header, or none (as a forger without a node key sends).</param>
    public static async Task PublishAsync<T>(this RabbitMqBroker broker, T message, Guid messageId, string? signature = null) where T : class
    {
        var exchange = $"{typeof(T).Namespace}:{typeof(T).Name}";
        var envelope = new JsonObject
        {
            ["messageId"] = messageId.ToString(),
            ["destinationAddress"] = $"rabbitmq://{broker.Host}/{exchange}",
            ["messageType"] = new JsonArray($"urn:message:{exchange}"),
            ["message"] = JsonSerializer.SerializeToNode(message, Json),
            ["sentTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["headers"] = signature is null ? new JsonObject() : new JsonObject { ["TravelCorridor-Signature"] = signature },
        };
        var factory = new ConnectionFactory { Uri = broker.AmqpUri, AutomaticRecoveryEnabled = false };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        // Declaring is idempotent with the properties MassTransit uses; a node has normally declared it already.
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.BasicPublishAsync(exchange, routingKey: "", mandatory: true,
            new BasicProperties
            {
                Persistent = true, ContentType = EnvelopeContentType, MessageId = messageId.ToString(),
                Headers = signature is null ? null : new Dictionary<string, object?> { ["TravelCorridor-Signature"] = signature },
            },
            JsonSerializer.SerializeToUtf8Bytes(envelope, Json));
    }
}
