namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Serialises the writes of one service's database within the process (one gate per context type).
/// Writes of corridor data are rare; in exchange, change-log sequences are assigned and committed in
/// the same order, so a watcher never skips one, and observers see commits in order.
/// </summary>
public sealed class WriteGate<TContext>
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
