namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Holds the current <see cref="MembershipView"/> as one reference that the feeder swaps. Only the
/// feeder writes, one change at a time, so plain volatile writes suffice and readers never lock.
/// </summary>
internal sealed class MembershipSnapshot : IMembershipSnapshot
{
    private MembershipView current = MembershipView.Empty;
    private FeedStatus status = FeedStatus.NotStarted;
    private TaskCompletionSource changed = NewSignal();

    public MembershipView Current => Volatile.Read(ref current);

    public bool IsConnected => Status.Connected;

    public DateTimeOffset? UnreachableSince => Status.UnreachableSince;

    public FeedStatus Status => Volatile.Read(ref status);

    public MemberStateEntry? FindMember(string code) => Current.FindMember(code);

    public CorridorEntry? FindCorridor(string corridorId) => Current.FindCorridor(corridorId);

    public TrustedKeyEntry? FindKey(string member, string keyId) => Current.FindKey(member, keyId);

    public async Task<MembershipView> WaitForSequenceAsync(long sequence, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            // Take the signal before reading, so a swap in between is not missed.
            var next = Volatile.Read(ref changed).Task;
            var view = Current;
            if (view.IsLoaded && view.Sequence >= sequence)
            {
                return view;
            }
            await next.WaitAsync(cancellationToken);
        }
    }

    public void Publish(MembershipView view)
    {
        Volatile.Write(ref current, view);
        Interlocked.Exchange(ref changed, NewSignal()).TrySetResult();
    }

    /// <summary>Completes at the next change of the view.</summary>
    public Task NextChangeAsync(CancellationToken cancellationToken) => Volatile.Read(ref changed).Task.WaitAsync(cancellationToken);

    public void MarkConnected() => Volatile.Write(ref status, new FeedStatus(true, null));

    /// <summary>Records a failed attempt; the first one of an outage also stamps when the view was last known current.</summary>
    public void MarkUnreachable(DateTimeOffset now)
    {
        var was = Status;
        if (was.Connected)
        {
            Publish(Current with { ConfirmedAt = now });
        }
        Volatile.Write(ref status, new FeedStatus(false, was.UnreachableSince ?? now));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
