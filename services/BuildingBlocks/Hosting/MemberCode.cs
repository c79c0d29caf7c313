using System.Text.RegularExpressions;

namespace TravelCorridor.Hosting;

/// <summary>Member states are named by ISO 3166-1 alpha-2 codes in capitals (<c>SG</c>, <c>TL</c>).</summary>
public static partial class MemberCode
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Pattern();
}
