namespace TravelCorridor.Clearance.Application;

/// <summary>The border officer asking: the member their token is for, and its subject for the audit log.</summary>
public sealed record Officer(string? Member, string Subject);
