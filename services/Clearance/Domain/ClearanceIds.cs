namespace TravelCorridor.Clearance.Domain;

/// <summary>Clearance identifiers: "clr_" and 32 hex digits of a version-7 UUID, so ids sort roughly by time.</summary>
public static class ClearanceIds
{
    public const string Prefix = "clr_";
    public const int Length = 36;

    public static string New(DateTimeOffset now) => Prefix + Guid.CreateVersion7(now).ToString("N");

    public static bool IsWellFormed(string id) =>
        id.Length == Length && id.StartsWith(Prefix, StringComparison.Ordinal) && id.AsSpan(Prefix.Length).ContainsAnyExcept("0123456789abcdef") is false;
}
