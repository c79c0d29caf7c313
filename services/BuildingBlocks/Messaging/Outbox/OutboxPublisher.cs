using System.Text.Json;
using MassTransit;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// Turns an outbox row back into its contract and publishes it with the row's EventId as the
/// MassTransit MessageId. The task completes only once the broker confirmed the message.
/// </summary>
internal sealed class OutboxPublisher(IBus bus, EventTypes types)
{
    public async Task PublishAsync(OutboxMessage row, TimeSpan timeout, CancellationToken stoppingToken)
    {
        var type = types.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, EventJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty body.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(timeout);
        try
        {
            await bus.Publish(message, type, context =>
            {
                context.MessageId = row.EventId;
                context.Durable = true;
            }, deadline.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the broker did not confirm within {timeout.TotalSeconds:0.#} s");
        }
    }
}
