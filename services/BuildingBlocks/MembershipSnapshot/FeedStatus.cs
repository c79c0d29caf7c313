namespace TravelCorridor.MembershipSnapshot;

/// <summary>Whether the snapshot's feed is connected, and since when it has not been.</summary>
internal sealed record FeedStatus(bool Connected, DateTimeOffset? UnreachableSince)
{
    public static FeedStatus NotStarted { get; } = new(false, null);
}
