namespace TravelCorridor.CertLogic;

/// <summary>The time units of <c>plusTime</c>.</summary>
internal enum TimeUnit
{
    Year,
    Month,
    Day,
    Hour,
}

internal static class TimeUnits
{
    /// <summary>As listed in the specification (and in the reference validator's message).</summary>
    public const string Listing = "year, month, day, hour";

    public static bool TryParse(string text, out TimeUnit unit)
    {
        (var known, unit) = text switch
        {
            "year" => (true, TimeUnit.Year),
            "month" => (true, TimeUnit.Month),
            "day" => (true, TimeUnit.Day),
            "hour" => (true, TimeUnit.Hour),
            _ => (false, TimeUnit.Day),
        };
        return known;
    }
}
