namespace TravelCorridor.CertLogic;

/// <summary>
/// Parses the date and date-time formats the specification allows, to epoch milliseconds (UTC).
/// </summary>
/// <remarks>
/// Field ranges follow JavaScript's <c>Date</c>, which the reference implementation relies on: a day of
/// 1-31 is accepted in any month and counts on into the next (2021-02-30 is 2021-03-02), 24:00:00 is the
/// next midnight, and anything else out of range is not a date. Sub-second digits beyond the third are
/// dropped (rounding down to the millisecond).
/// </remarks>
internal static class DateTimeText
{
    public enum Outcome
    {
        Ok,
        NotAllowedFormat,
        InvalidDate,
    }

    /// <summary>Parses what <c>plusTime</c> accepts: partial dates, dates and date-times.</summary>
    public static Outcome TryParse(ReadOnlySpan<char> text, out long epochMilliseconds)
    {
        epochMilliseconds = 0;
        if (text.Length <= 10)
        {
            return TryParseDate(text, out epochMilliseconds);
        }

        if (text.Length < 19 || text[10] != 'T' || !TryDigits(text, 0, 4, out var year) || text[4] != '-'
            || !TryDigits(text, 5, 2, out var month) || text[7] != '-' || !TryDigits(text, 8, 2, out var day)
            || !TryDigits(text, 11, 2, out var hour) || text[13] != ':' || !TryDigits(text, 14, 2, out var minute)
            || text[16] != ':' || !TryDigits(text, 17, 2, out var second))
        {
            return Outcome.NotAllowedFormat;
        }

        var at = 19;
        var millisecond = 0;
        if (at < text.Length && text[at] == '.')
        {
            var start = ++at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                if (at - start < 3)
                {
                    millisecond = millisecond * 10 + (text[at] - '0');
                }

                at++;
            }

            if (at == start)
            {
                return Outcome.NotAllowedFormat;
            }

            for (var scale = at - start; scale < 3; scale++)
            {
                millisecond *= 10;
            }
        }

        if (!TryParseOffset(text[at..], out var offsetMinutes, out var offsetValid))
        {
            return Outcome.NotAllowedFormat;
        }

        var timeValid = (hour < 24 && minute < 60 && second < 60)
            || (hour == 24 && minute == 0 && second == 0 && millisecond == 0);
        if (!offsetValid || !timeValid || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return Outcome.InvalidDate;
        }

        var days = CivilCalendar.DaysFromCivil(year, month, day);
        epochMilliseconds = days * CivilCalendar.MillisecondsPerDay
            + ((hour * 60L + minute - offsetMinutes) * 60 + second) * 1000 + millisecond;
        return Outcome.Ok;
    }

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> (both rounded up to the last day they allow, as
    /// <c>dccDateOfBirth</c> specifies) and <c>YYYY-MM-DD</c>, all at midnight UTC.
    /// </summary>
    public static Outcome TryParseDate(ReadOnlySpan<char> text, out long epochMilliseconds)
    {
        epochMilliseconds = 0;
        if (!TryDigits(text, 0, 4, out var year))
        {
            return Outcome.NotAllowedFormat;
        }

        int month, day;
        switch (text.Length)
        {
            case 4:
                (month, day) = (12, 31);
                break;
            case 7 when text[4] == '-' && TryDigits(text, 5, 2, out month):
                if (month is < 1 or > 12)
                {
                    return Outcome.InvalidDate;
                }

                day = CivilCalendar.DaysInMonth(year, month);
                break;
            case 10 when text[4] == '-' && TryDigits(text, 5, 2, out month) && text[7] == '-' && TryDigits(text, 8, 2, out day):
                if (month is < 1 or > 12 || day is < 1 or > 31)
                {
                    return Outcome.InvalidDate;
                }

                break;
            default:
                return Outcome.NotAllowedFormat;
        }

        epochMilliseconds = CivilCalendar.DaysFromCivil(year, month, day) * CivilCalendar.MillisecondsPerDay;
        return Outcome.Ok;
    }

    /// <summary>Z, or a sign and h, hh, hmm, hhmm, h:mm or hh:mm; nothing means Z.</summary>
    private static bool TryParseOffset(ReadOnlySpan<char> text, out int minutes, out bool valid)
    {
        minutes = 0;
        valid = true;
        if (text.IsEmpty || text is "Z")
        {
            return true;
        }

        if (text[0] is not ('+' or '-'))
        {
            return false;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var rest = text[1..];
        var colon = rest.IndexOf(':');
        int hours, mins;
        if (colon >= 0)
        {
            if (colon is < 1 or > 2 || rest.Length != colon + 3
                || !TryDigits(rest, 0, colon, out hours) || !TryDigits(rest, colon + 1, 2, out mins))
            {
                return false;
            }
        }
        else
        {
            switch (rest.Length)
            {
                case 1 or 2 when TryDigits(rest, 0, rest.Length, out hours):
                    mins = 0;
                    break;
                case 3 or 4 when TryDigits(rest, 0, rest.Length - 2, out hours) && TryDigits(rest, rest.Length - 2, 2, out mins):
                    break;
                default:
                    return false;
            }
        }

        valid = hours < 24 && mins < 60;
        minutes = sign * (hours * 60 + mins);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
