using System.Buffers;
using System.Globalization;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Decisions.Validation;

/// <summary>
/// Checks of single fields of an application. Each adds a violation instead of throwing, looks at the
/// size before anything else, and builds its message only when the field is wrong (these run for every
/// decision). Values are echoed only as <see cref="CallerText.Quote"/> does.
/// </summary>
public static class FieldChecks
{
    private const string DateLength = "YYYY-MM-DD";

    private static readonly SearchValues<char> CapitalsAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>An ISO 3166-1 alpha-2 code in capitals; true when it is one.</summary>
    public static bool CountryCode(this RequestValidator v, string value, string field)
    {
        if (value.Length == 0)
        {
            v.Add(field, "is required");
            return false;
        }
        if (!MemberCode.IsValid(value))
        {
            v.Add(field, $"{CallerText.Quote(value)} is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)");
            return false;
        }
        return true;
    }

    /// <summary>A country code that names a member state; true when it does.</summary>
    public static bool MemberState(this RequestValidator v, string value, string field, Func<string, bool> isMemberState)
    {
        if (!v.CountryCode(value, field))
        {
            return false;
        }
        if (!isMemberState(value))
        {
            v.Add(field, $"'{value}' is not a member state");
            return false;
        }
        return true;
    }

    /// <summary>A calendar date written <c>YYYY-MM-DD</c>; <paramref name="date"/> is it when valid.</summary>
    public static RequestValidator CalendarDate(this RequestValidator v, string value, string field, out DateOnly? date)
    {
        date = null;
        if (value.Length == 0)
        {
            return v.Add(field, "is required");
        }
        if (value.Length != DateLength.Length || !Digits(value, 0, 4, out var year) || value[4] != '-'
            || !Digits(value, 5, 2, out var month) || value[7] != '-' || !Digits(value, 8, 2, out var day))
        {
            return v.Add(field, $"{CallerText.Quote(value)} is not a date in the form YYYY-MM-DD (e.g. 2026-03-01)");
        }
        if (year == 0)
        {
            return v.Add(field, $"'{value}' is not a calendar date: there is no year 0000");
        }
        if (month is < 1 or > 12)
        {
            return v.Add(field, $"'{value}' is not a calendar date: there is no month {month:00}");
        }
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return v.Add(field, $"'{value}' is not a calendar date: {monthName} has {days} days");
        }
        date = new DateOnly(year, month, day);
        return v;
    }

    /// <summary>A whole number within its bounds, with the unit it counts (days) when it has one.</summary>
    public static RequestValidator Range(this RequestValidator v, long value, string field, long min, long max, string unit = "")
    {
        if (value >= min && value <= max)
        {
            return v;
        }
        var of = unit.Length == 0 ? "" : " " + unit;
        return v.Add(field, string.Create(CultureInfo.InvariantCulture, $"must be from {min:N0} to {max:N0}{of}, not {value:N0}"));
    }

    /// <summary>An enum value that is set and defined; the message lists the names rules use.</summary>
    internal static RequestValidator EnumValue(this RequestValidator v, int number, string field, ProtoEnumNames names, string kind)
    {
        if (names.Of(number) is not null)
        {
            return v;
        }
        return number == 0
            ? v.Add(field, $"is required: one of {names.Listing}")
            : v.Add(field, string.Create(CultureInfo.InvariantCulture, $"{number} is not a {kind}: use one of {names.Listing}"));
    }

    /// <summary>1 to 20 capital letters or digits, as the document's machine-readable zone writes it.</summary>
    public static RequestValidator DocumentNumber(this RequestValidator v, string value, string field)
    {
        if (!v.WithinLength(value, field, ApplicationLimits.MaxDocumentNumberLength))
        {
            return v;
        }
        if (value.Length == 0)
        {
            return v.Add(field, "is required");
        }
        return value.AsSpan().ContainsAnyExcept(CapitalsAndDigits)
            ? v.Add(field, $"{CallerText.Quote(value)} must be capital letters A to Z and digits only, without spaces or separators")
            : v;
    }

    /// <summary>An ISO 4217 code: three capital letters.</summary>
    public static RequestValidator Currency(this RequestValidator v, string value, string field)
    {
        if (value.Length == 0)
        {
            return v.Add(field, "is required");
        }
        return value.Length != 3 || value.AsSpan().ContainsAnyExcept(Capitals)
            ? v.Add(field, $"{CallerText.Quote(value)} is not an ISO 4217 currency code of three capital letters (e.g. SGD)")
            : v;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
