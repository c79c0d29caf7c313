namespace TravelCorridor.Testing;

/// <summary>
/// The system clock moved by an offset a test controls: "now" jumps forward on <see cref="Advance"/>,
/// while timers and delays keep running in real time, so a node's background work (outbox, health,
/// reconnects) behaves as usual. Tokens for a node on this clock are issued at <see cref="TimeProvider.GetUtcNow"/>.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
