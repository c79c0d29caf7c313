using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Instants as rule documents write them: UTC, ISO 8601, fractions only when there are any.</summary>
internal static class Instant
{
    public static string Text(Timestamp? timestamp) =>
        timestamp is null ? "-" : Text(timestamp.ToDateTimeOffset());

    public static string Text(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>UTC to the second, for columns and messages people read: <c>2026-12-07T16:00:00Z</c>.</summary>
    public static string Seconds(Timestamp timestamp) => Seconds(timestamp.ToDateTimeOffset());

    public static string Seconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads <c>--at</c>: ISO 8601 with an offset or <c>Z</c>, or without one read as UTC (never as the local
    /// time of whoever runs the command, which would make the same script answer differently elsewhere).
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
}
