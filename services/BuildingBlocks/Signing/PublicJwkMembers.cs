using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// The members a trust-list JWK may carry. Anything a P-256 verification key does not need is refused
/// rather than stored: unknown members could make a key any size, and optional ones that contradict the
/// trust list (another kid, alg or use) would leave a reader to guess which one counts.
/// </summary>
internal static class PublicJwkMembers
{
    private const int ShownNameLength = 40;

    private static readonly HashSet<string> Accepted = ["kty", "crv", "x", "y", "kid", "alg", "use", "key_ops"];

    /// <summary>The problem with the members of <paramref name="root"/>, or null; <paramref name="keyId"/>, when given, must match a kid.</summary>
    public static string? Problem(JsonElement root, string? keyId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                // JSON leaves the meaning of a repeated member open; refuse instead of guessing.
                return $"has the member '{Shown(member.Name)}' twice";
            }
            if (!Accepted.Contains(member.Name))
            {
                return $"has a member '{Shown(member.Name)}' that a P-256 public key does not use; only kty, crv, x, y and "
                    + "optionally kid, alg (ES256), use (sig) and key_ops ([\"verify\"]) are accepted";
            }
        }
        return OptionalMemberProblem(root, keyId);
    }

    private static string? OptionalMemberProblem(JsonElement root, string? keyId)
    {
        if (root.TryGetProperty("kid", out var kid) && (kid.ValueKind != JsonValueKind.String || kid.GetString()!.Length == 0
            || (keyId is not null && kid.GetString() != keyId)))
        {
            return keyId is null ? "has a kid that is not a non-empty string" : $"has a kid that is not the key id '{keyId}'";
        }
        if (root.TryGetProperty("alg", out var alg) && !(alg.ValueKind == JsonValueKind.String && alg.GetString() == CompactJws.Algorithm))
        {
            return $"has an alg other than {CompactJws.Algorithm}, the only algorithm a trust-list key signs with";
        }
        if (root.TryGetProperty("use", out var use) && !(use.ValueKind == JsonValueKind.String && use.GetString() == "sig"))
        {
            return "has a use other than \"sig\"; a trust-list key verifies signatures only";
        }
        if (root.TryGetProperty("key_ops", out var ops) && !IsVerifyOnly(ops))
        {
            return "has key_ops other than [\"verify\"]; a trust-list key verifies signatures only";
        }
        return null;
    }

    private static bool IsVerifyOnly(JsonElement ops) =>
        ops.ValueKind == JsonValueKind.Array && ops.GetArrayLength() == 1
        && ops[0].ValueKind == JsonValueKind.String && ops[0].GetString() == "verify";

    /// <summary>A name as the message quotes it: cut short and without control characters, since it ends up in logs.</summary>
    private static string Shown(string name)
    {
        var clean = new string([.. name.Take(ShownNameLength).Select(c => char.IsControl(c) ? '?' : c)]);
        return name.Length > ShownNameLength ? clean + "…" : clean;
    }
}
