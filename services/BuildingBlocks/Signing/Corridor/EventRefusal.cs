namespace TravelCorridor.Signing.Corridor;

/// <summary>Why an arriving event was refused before anything was applied (the <c>reason</c> label of <c>travelcorridor_events_refused_total</c>).</summary>
public static class EventRefusal
{
    /// <summary>No signature header: a forger, or a node that predates signed events.</summary>
    public const string Unsigned = "unsigned";

    /// <summary>The header is not a detached compact ES256 JWS.</summary>
    public const string MalformedSignature = "malformed_signature";

    /// <summary>The key id is no node key of any member in the corridor file.</summary>
    public const string UnknownNodeKey = "unknown_node_key";

    /// <summary>Signed with a node key of another member than the event's origin.</summary>
    public const string KeyOfAnotherMember = "key_of_another_member";

    /// <summary>The signature does not match the event's content: altered after signing, or forged.</summary>
    public const string BadSignature = "bad_signature";

    /// <summary>Authentic, but its origin may not write what it describes (another member's keys, rules, …).</summary>
    public const string NotAuthoritative = "not_authoritative";
}
