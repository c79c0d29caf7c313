namespace TravelCorridor.Membership.Application;

/// <summary>
/// Tells every <c>WatchMembership</c> stream that the change log grew. Unlike the outbox's signal
/// this one is a broadcast: each pulse completes the task all current watchers wait on.
/// </summary>
public sealed class ChangeFeed
{
    private TaskCompletionSource next = NewSource();

    public Task NextChange => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
