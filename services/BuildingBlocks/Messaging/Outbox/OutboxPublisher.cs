using System.Text.Json;
using MassTransit;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// Turns an outbox row back into its contract and publishes it with the row's EventId as the
/// MassTransit MessageId, signed with this node's key (<see cref="EventSignature"/>). The task completes only
/// once the broker confirmed the message.
/// </summary>
internal sealed class OutboxPublisher(IBus bus, NodeSigningKey nodeKey)
{
    /// <summary>The row's event; throws <see cref="PoisonRowException"/> when it can never be published.</summary>
    public static (object Message, Type Type) Read(OutboxMessage row)
    {
        try
        {
            var type = EventTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Body, type, EventJson.Options)
                ?? throw new PoisonRowException("the body is empty (JSON null)");
            return (message, type);
        }
        catch (UnknownEventTypeException e)
        {
            throw new PoisonRowException($"event type '{e.TypeName}' is not known to this node");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new PoisonRowException("the body does not deserialise: " + e.Message);
        }
    }

    /// <param name="reconnected">Cancelled when the bus got a new connection (<see cref="Bus.BusReconnections"/>): a
    /// publish still waiting then went out on the old one and will not be confirmed.</param>
    public async Task PublishAsync(OutboxMessage row, object message, Type type, TimeSpan timeout, CancellationToken reconnected,
        CancellationToken stoppingToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, reconnected);
        deadline.CancelAfter(timeout);
        var signature = EventSigner.Sign(nodeKey.Key, (IIntegrationEvent)message);
        var publish = bus.Publish(message, type, context =>
        {
            context.Headers.Set(EventSignature.Header, signature);
            context.MessageId = row.EventId;
            context.Durable = true;
        }, deadline.Token);
        try
        {
            // WaitAsync as well as the token: while the broker is down, a publish waiting for the
            // connection does not always honour cancellation, and one hung publish must not stall
            // the dispatcher. An abandoned publish that completes later is a duplicate, which
            // consumers ignore by EventId.
            await publish.WaitAsync(timeout, deadline.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException(reconnected.IsCancellationRequested
                ? "the bus reconnected before the broker confirmed; publishing again on the new connection"
                : $"the broker did not confirm within {timeout.TotalSeconds:0.#} s");
        }
    }
}
