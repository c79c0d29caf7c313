namespace TravelCorridor.Hosting.Security;

/// <summary>Claim names in corridor tokens (kept short and unmapped, as issued).</summary>
public static class CorridorClaims
{
    public const string Role = "role";
    public const string Member = "member";
    public const string Subject = "sub";
}
