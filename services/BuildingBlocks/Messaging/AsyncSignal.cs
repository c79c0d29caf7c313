namespace TravelCorridor.Messaging;

/// <summary>
/// A wake-up call between a writer and a background loop: <see cref="Pulse"/> never blocks, and a
/// pulse sent while nobody waits is kept, so the loop never misses work that committed just before
/// it went to sleep.
/// </summary>
public sealed class AsyncSignal
{
    private readonly SemaphoreSlim pulses = new(0, 1);

    public void Pulse()
    {
        // Under load a pulse is nearly always pending already: look first, because an exception per
        // commit was a measurable share of the node's time.
        if (pulses.CurrentCount > 0)
        {
            return;
        }
        try
        {
            pulses.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another writer's pulse came in between; one is enough to wake the loop.
        }
    }

    /// <summary>Waits for a pulse or the timeout, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        pulses.WaitAsync(timeout, cancellationToken);
}
