namespace TravelCorridor.Membership.Application;

/// <summary>
/// Serialises membership writes within the process. Writes are rare; in exchange, change-log
/// sequences are assigned and committed in the same order, so a watcher never skips one.
/// </summary>
public sealed class MembershipWriteGate
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
