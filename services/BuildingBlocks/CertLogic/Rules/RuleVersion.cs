using System.Globalization;

namespace TravelCorridor.CertLogic.Rules;

/// <summary>A <c>major.minor.patch</c> version as rules use it, ordered numerically (1.10.0 &gt; 1.9.0).</summary>
public readonly record struct RuleVersion(int Major, int Minor, int Patch) : IComparable<RuleVersion>
{
    /// <summary>Parses <c>major.minor.patch</c> with non-negative integer parts and nothing else.</summary>
    public static bool TryParse(string? text, out RuleVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 } || !parts.All(IsNumber))
        {
            return false;
        }

        version = new(Number(parts[0]), Number(parts[1]), Number(parts[2]));
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(RuleVersion other) =>
        (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    /// <summary>Whether <paramref name="left"/> is a lower version than <paramref name="right"/>.</summary>
    public static bool operator <(RuleVersion left, RuleVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is a higher version than <paramref name="right"/>.</summary>
    public static bool operator >(RuleVersion left, RuleVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(RuleVersion left, RuleVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(RuleVersion left, RuleVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}.{Patch}";

    private static bool IsNumber(string part) =>
        part.Length is > 0 and <= 9 && part.All(char.IsAsciiDigit);

    private static int Number(string part) => int.Parse(part, CultureInfo.InvariantCulture);
}
