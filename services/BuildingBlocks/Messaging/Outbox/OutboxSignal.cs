namespace TravelCorridor.Messaging.Outbox;

/// <summary>The dispatcher's wake-up call, pulsed after every commit that added outbox rows.</summary>
public sealed class OutboxSignal
{
    public AsyncSignal Signal { get; } = new();

    public void Pulse() => Signal.Pulse();
}
