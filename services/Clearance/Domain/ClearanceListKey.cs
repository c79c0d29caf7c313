using System.Globalization;

namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// The key that orders the audit log newest first under an ordinal sort, as paging needs (AIP-158: a page
/// starts after the last key of the one before): the decision's ticks counted down from the largest
/// instant, fixed width, then the clearance id for decisions in the same tick.
/// </summary>
public static class ClearanceListKey
{
    public static string Of(DateTimeOffset decidedAt, string clearanceId) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - decidedAt.UtcTicks:D19}:{clearanceId}");

    /// <summary>The first key of decisions made before <paramref name="instant"/>.</summary>
    public static string Before(DateTimeOffset instant) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks + 1:D19}");

    /// <summary>A key after every decision made at or after <paramref name="instant"/>.</summary>
    public static string AtOrAfter(DateTimeOffset instant) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks:D19};");
}
