namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Membership as this node last heard it, kept current by a watch on membership's change log. Reads
/// never lock and never go to the network; while membership is unreachable the last known view is
/// served. Take <see cref="Current"/> once per decision and read everything from that one view.
/// </summary>
/// <remarks>
/// An interface rather than the class itself: a type named like its namespace cannot be named from
/// the other <c>TravelCorridor.*</c> namespaces, and fakes of it keep eligibility's tests small.
/// </remarks>
public interface IMembershipSnapshot
{
    /// <summary>The latest view; <see cref="MembershipView.IsLoaded"/> is false until membership first answered.</summary>
    MembershipView Current { get; }

    /// <summary>True while the watch stream is open, so <see cref="Current"/> is current.</summary>
    bool IsConnected { get; }

    /// <summary>Since when membership has been unreachable; null while connected or before the first attempt.</summary>
    DateTimeOffset? UnreachableSince { get; }

    MemberStateEntry? FindMember(string code);

    CorridorEntry? FindCorridor(string corridorId);

    TrustedKeyEntry? FindKey(string member, string keyId);

    /// <summary>Completes with the first view whose sequence is at least <paramref name="sequence"/>.</summary>
    Task<MembershipView> WaitForSequenceAsync(long sequence, CancellationToken cancellationToken = default);
}
