namespace TravelCorridor.CertLogic;

/// <summary><c>extractFromUVCI</c>: fragments of a certificate identifier split on <c>/</c>, <c>#</c> and <c>:</c>.</summary>
internal static class Uvci
{
    private const string OptionalPrefix = "URN:UVCI:";

    /// <summary>The fragment at <paramref name="index"/>, or null when there is none.</summary>
    public static string? Fragment(string uvci, double index)
    {
        if (index < 0 || index > int.MaxValue)
        {
            return null;
        }

        var rest = uvci.AsSpan();
        if (rest.StartsWith(OptionalPrefix, StringComparison.Ordinal))
        {
            rest = rest[OptionalPrefix.Length..];
        }

        // Walk the separators instead of splitting, so only the wanted fragment is allocated.
        var wanted = (int)index;
        for (var fragment = 0; ; fragment++)
        {
            var end = rest.IndexOfAny('/', '#', ':');
            if (fragment == wanted)
            {
                return (end < 0 ? rest : rest[..end]).ToString();
            }

            if (end < 0)
            {
                return null;
            }

            rest = rest[(end + 1)..];
        }
    }
}
