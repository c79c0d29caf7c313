namespace TravelCorridor.Messaging;

/// <summary>
/// Serialises the writes of one service's database within the process (one gate per context type):
/// the unit of work, the outbox dispatcher's marks, an audit log's batches. Change-log sequences are
/// then assigned and committed in the same order, so a watcher never skips one, and observers see
/// commits in order. On SQLite, which has one write lock per database, writers also queue here in
/// turn instead of in SQLite's busy handler, which sleeps ever longer between tries: under a steady
/// stream of audit batches the outbox dispatcher lost nearly every race for the lock and fell behind
/// without bound.
/// </summary>
public sealed class WriteGate<TContext>
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    /// <summary>Waits for the gate by blocking: only for a writer on a thread of its own.</summary>
    public IDisposable Enter()
    {
        gate.Wait();
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
