namespace TravelCorridor.CertLogic;

/// <summary>
/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), valid for any year,
/// including year 0 and years beyond 9999 that <see cref="DateTime"/> cannot hold but JavaScript's
/// <c>Date</c> (whose behaviour the specification adopts) can.
/// </summary>
internal static class CivilCalendar
{
    public const long MillisecondsPerDay = 86_400_000;

    /// <summary>JavaScript's time value range: ±100,000,000 days around the epoch.</summary>
    public const long MaxEpochMilliseconds = 8_640_000_000_000_000;

    /// <summary>Day number of the given date; the day may overflow the month (it simply counts on).</summary>
    public static long DaysFromCivil(long year, int month, long day)
    {
        // Count years from March so the leap day is the last day of the counted year.
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - era * 400;
        var shiftedMonth = (month + 9) % 12;
        var dayOfYear = (153 * shiftedMonth + 2) / 5;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468 + (day - 1);
    }

    /// <summary>Year, month (1-12) and day (1-31) of a day number.</summary>
    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        var z = days + 719_468;
        var era = FloorDiv(z, 146_097);
        var dayOfEra = z - era * 146_097;
        var yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var shiftedMonth = (5 * dayOfYear + 2) / 153;
        var day = (int)(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        var month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        var year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static long FloorDiv(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}
