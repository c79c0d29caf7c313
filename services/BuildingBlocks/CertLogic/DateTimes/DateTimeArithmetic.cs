using System.Globalization;

namespace TravelCorridor.CertLogic;

/// <summary>
/// <c>plusTime</c> offsetting as the specification defines it, by JavaScript's UTC setters: a day is 24
/// hours (no DST), and adding months or years keeps the day of the month and lets it count on into the
/// next month (2021-01-31 plus one month is 2021-03-03, 2020-02-29 plus one year is 2021-03-01).
/// </summary>
internal static class DateTimeArithmetic
{
    // Beyond this any amount leaves JavaScript's date range from any parseable (4-digit-year) start.
    private const double MaxAmount = 10_000_000_000;

    public static bool TryAdd(long epochMilliseconds, double amount, TimeUnit unit, out long result)
    {
        result = epochMilliseconds;
        if (amount == 0)
        {
            return true;
        }

        if (Math.Abs(amount) > MaxAmount)
        {
            return false;
        }

        var n = (long)amount;
        switch (unit)
        {
            case TimeUnit.Hour:
                result = epochMilliseconds + n * 3_600_000;
                break;
            case TimeUnit.Day:
                result = epochMilliseconds + n * CivilCalendar.MillisecondsPerDay;
                break;
            default:
                var days = CivilCalendar.FloorDiv(epochMilliseconds, CivilCalendar.MillisecondsPerDay);
                var timeOfDay = epochMilliseconds - days * CivilCalendar.MillisecondsPerDay;
                var (year, month, day) = CivilCalendar.CivilFromDays(days);
                long newYear;
                int newMonth;
                if (unit == TimeUnit.Year)
                {
                    (newYear, newMonth) = (year + n, month);
                }
                else
                {
                    var months = month - 1 + n;
                    newYear = year + CivilCalendar.FloorDiv(months, 12);
                    newMonth = (int)(months - CivilCalendar.FloorDiv(months, 12) * 12) + 1;
                }

                result = CivilCalendar.DaysFromCivil(newYear, newMonth, day) * CivilCalendar.MillisecondsPerDay + timeOfDay;
                break;
        }

        return Math.Abs(result) <= CivilCalendar.MaxEpochMilliseconds;
    }

    /// <summary>ISO 8601 in UTC with milliseconds, as JavaScript's <c>toISOString</c> writes it.</summary>
    public static string Format(long epochMilliseconds)
    {
        var days = CivilCalendar.FloorDiv(epochMilliseconds, CivilCalendar.MillisecondsPerDay);
        var timeOfDay = epochMilliseconds - days * CivilCalendar.MillisecondsPerDay;
        var (year, month, day) = CivilCalendar.CivilFromDays(days);
        var yearText = year is >= 0 and <= 9999
            ? year.ToString("D4", CultureInfo.InvariantCulture)
            : (year < 0 ? "-" : "+") + Math.Abs(year).ToString("D6", CultureInfo.InvariantCulture);
        var (hours, minutes, seconds, milliseconds) =
            (timeOfDay / 3_600_000, timeOfDay / 60_000 % 60, timeOfDay / 1000 % 60, timeOfDay % 1000);
        return string.Create(CultureInfo.InvariantCulture,
            $"{yearText}-{month:D2}-{day:D2}T{hours:D2}:{minutes:D2}:{seconds:D2}.{milliseconds:D3}Z");
    }
}
