namespace TravelCorridor.Membership;

/// <summary>Membership settings (section <c>Membership</c>).</summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>
    /// Member code of the node that hosts the corridor secretariat, the only node where member states
    /// are admitted, suspended and reinstated. A lone node (no broker) is its own secretariat when this
    /// is not set; nodes that share events must all name the same one. Unset, the corridor file's
    /// <c>secretariat</c> is used.
    /// </summary>
    public string? Secretariat { get; set; }
}
