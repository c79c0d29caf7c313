namespace TravelCorridor.Clearance.Application;

/// <summary>The border officer asking: the member their token is for, and its subject.</summary>
public sealed record Officer(string? Member, string Subject)
{
    /// <summary>How the audit log names the officer: member and subject (<c>SG/officer-17</c>), since subjects are unique per issuer only.</summary>
    public string Name => $"{Member ?? "-"}/{Subject}";
}
