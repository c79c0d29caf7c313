namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// A service's rule of who may author its events, checked on arrival once the signature proved the origin:
/// a member's keys and rule sets come only from that member's node, member-state status only from the
/// secretariat's, a corridor only from one of its two members'. A node that signs correctly but writes
/// what it does not own is refused like a forger.
/// </summary>
public interface IEventAuthority
{
    /// <summary>Why <paramref name="change"/>'s origin may not author it, or null when it may (or the event is not this service's).</summary>
    string? Refusal(IIntegrationEvent change);
}
