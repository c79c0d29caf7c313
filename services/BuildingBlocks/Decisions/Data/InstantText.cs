using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// Instants as rules read them: UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>, with <c>.fff</c> only when the
/// millisecond is not zero, cut (not rounded) to the millisecond. CertLogic dates carry milliseconds at
/// most, and rounding up could move a sample time past a deadline it met.
/// </summary>
internal static class InstantText
{
    private const long MinSeconds = -62_135_596_800; // 0001-01-01T00:00:00Z
    private const long MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z
    private const int NanosPerMillisecond = 1_000_000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a timestamp the request validator refuses.</summary>
    public static string Format(Timestamp timestamp)
    {
        if (timestamp.Seconds is < MinSeconds or > MaxSeconds || timestamp.Nanos is < 0 or >= 1_000_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp.ToString(),
                "The timestamp is outside 0001-01-01 to 9999-12-31: validate the application before converting it.");
        }
        var whole = DateTime.UnixEpoch.AddTicks(timestamp.Seconds * TimeSpan.TicksPerSecond);
        return Format(whole, timestamp.Nanos / NanosPerMillisecond);
    }

    public static string Format(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return Format(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)), utc.Millisecond);
    }

    // One allocation, the string itself; "s" is the formatter's fast path for yyyy-MM-ddTHH:mm:ss.
    private static string Format(DateTime wholeSecond, int millisecond) =>
        string.Create(millisecond == 0 ? 20 : 24, (wholeSecond, millisecond), static (text, parts) =>
        {
            parts.wholeSecond.TryFormat(text, out _, "s", CultureInfo.InvariantCulture);
            if (parts.millisecond != 0)
            {
                text[19] = '.';
                text[20] = (char)('0' + parts.millisecond / 100);
                text[21] = (char)('0' + parts.millisecond / 10 % 10);
                text[22] = (char)('0' + parts.millisecond % 10);
            }
            text[^1] = 'Z';
        });
}
