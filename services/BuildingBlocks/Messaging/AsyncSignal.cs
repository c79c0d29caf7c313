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
        try
        {
            pulses.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pulse is already pending; one is enough to wake the loop.
        }
    }

    /// <summary>Waits for a pulse or the timeout, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        pulses.WaitAsync(timeout, cancellationToken);
}
