using System.Text.RegularExpressions;

namespace TravelCorridor.Kernel;

/// <summary>Member states are named by ISO 3166-1 alpha-2 codes in capitals (<c>SG</c>, <c>TL</c>).</summary>
public static partial class MemberCode
{
    public const int Length = 2;

    public static bool IsValid(string? code) => code is { Length: Length } && Pattern().IsMatch(code);

    // \z, not $: $ also matches before a final newline, which let "SG\n" in as a second Singapore.
    [GeneratedRegex(@"^[A-Z]{2}\z")]
    private static partial Regex Pattern();
}
