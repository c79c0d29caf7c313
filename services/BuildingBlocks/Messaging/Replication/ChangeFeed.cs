namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Tells every watch stream of one service that its change log grew. Unlike the outbox's signal this
/// is a broadcast: each pulse completes the task all current watchers wait on.
/// </summary>
public sealed class ChangeFeed<TContext>
{
    private TaskCompletionSource next = NewSource();

    public Task NextChange => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
