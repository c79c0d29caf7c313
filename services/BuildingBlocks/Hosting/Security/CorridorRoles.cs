namespace TravelCorridor.Hosting.Security;

/// <summary>The roles a caller's token may carry (claim <c>role</c>).</summary>
public static class CorridorRoles
{
    /// <summary>The corridor secretariat: admits and suspends member states.</summary>
    public const string CorridorAdmin = "corridor-admin";

    /// <summary>An admin of one member state (claim <c>member</c>): its corridors, keys and rules.</summary>
    public const string MemberAdmin = "member-admin";

    /// <summary>A border officer of one member state (claim <c>member</c>): clearance at its node.</summary>
    public const string BorderOfficer = "border-officer";

    /// <summary>Read-only access.</summary>
    public const string Observer = "observer";

    public static readonly IReadOnlyList<string> All = [CorridorAdmin, MemberAdmin, BorderOfficer, Observer];

    /// <summary>Roles that act for one member state and so need a <c>member</c> claim.</summary>
    public static bool NeedsMember(string role) => role is MemberAdmin or BorderOfficer;
}
