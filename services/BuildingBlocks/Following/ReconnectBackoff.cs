namespace TravelCorridor.Following;

/// <summary>
/// Waits that double from <c>min</c> to <c>max</c> while the followed service stays unreachable. Each wait is
/// drawn from its upper half so that the followers of a restarted service do not all come back at once.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan min, TimeSpan max)
{
    private TimeSpan? next;

    public TimeSpan Next()
    {
        var ceiling = next ?? min;
        next = TimeSpan.FromTicks(Math.Min(ceiling.Ticks * 2, max.Ticks));
        return ceiling * (0.5 + Random.Shared.NextDouble() / 2);
    }

    public void Reset() => next = null;
}
