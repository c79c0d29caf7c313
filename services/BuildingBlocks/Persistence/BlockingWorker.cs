namespace TravelCorridor.Persistence;

/// <summary>
/// Runs a loop of blocking database work (an audit writer, log checkpoints) on a thread of its own. SQLite's
/// async methods run synchronously, so such a loop on the thread pool held a pool thread through every flush,
/// and on a small machine the pool then had a thread fewer for requests, or started more threads than cores.
/// </summary>
public static class BlockingWorker
{
    /// <param name="name">The thread's name, as profilers and <c>top -H</c> show it (15 characters are kept).</param>
    /// <param name="work">Runs until the worker stops; the task completes with it.</param>
    public static Task Start(string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.Factory.StartNew(() =>
        {
            Thread.CurrentThread.Name = name;
            work();
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
