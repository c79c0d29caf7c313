namespace TravelCorridor.MembershipSnapshot;

/// <summary>Where membership is and how patiently to reconnect to it (section <c>Services:Membership</c>).</summary>
public sealed class MembershipSnapshotOptions
{
    public const string Section = "Services:Membership";

    /// <summary>
    /// The membership service, e.g. <c>http://10.0.0.5:5080</c>; empty for this node's own address, so
    /// one process and separate processes read membership the same way.
    /// </summary>
    public string? Address { get; set; }

    /// <summary>First wait after the connection fails; doubled on each further failure.</summary>
    public TimeSpan MinReconnectDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait between two attempts while membership stays unreachable.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(15);
}
