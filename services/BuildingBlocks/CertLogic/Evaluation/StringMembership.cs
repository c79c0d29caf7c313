using System.Runtime.CompilerServices;

namespace TravelCorridor.CertLogic;

/// <summary>
/// <c>in</c> over a long array of strings read from data (a value set of a thousand entries) as a hash lookup
/// instead of a scan: the set is built once per array instance and kept while the array lives, so a rule that
/// asks a value set a thousand times inside a <c>reduce</c> costs a thousand lookups, not a million comparisons.
/// Arrays written in the expression itself are hashed when compiled (see the compilers).
/// </summary>
internal static class StringMembership
{
    /// <summary>Shorter arrays are scanned, literal or read: hashing them costs more than it saves.</summary>
    public const int Threshold = 8;

    private static readonly ConditionalWeakTable<CertLogicValue[], Hashed> Sets = new();

    /// <summary>The strings of <paramref name="items"/> as a set, or null when one of them is not a string.</summary>
    public static HashSet<string>? For(CertLogicValue[] items) =>
        Sets.GetValue(items, static array => new Hashed(array.All(v => v.Kind == CertLogicValueKind.String)
            ? array.Select(v => v.AsString()).ToHashSet(StringComparer.Ordinal)
            : null)).Set;

    private sealed record Hashed(HashSet<string>? Set);
}
