using System.Security.Cryptography;
using System.Text;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>Key ids as the trust list takes them (1 to 64 of letters, digits, '.', '_', '-'), and the one keygen picks.</summary>
internal static class KeyIds
{
    public static bool IsValid(string keyId) =>
        keyId.Length is >= 1 and <= 64 && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>
    /// <c>sg-rules-20261123-1a2b3c4d</c>: readable, dated for rotation, and ending in the key's RFC 7638
    /// thumbprint so that two keys made on one day do not collide in the trust list.
    /// </summary>
    public static string For(string member, EcPublicKey key, DateTimeOffset now)
    {
        // ToJwk is the RFC 7638 form (required members only, in lexicographic order, no whitespace).
        var thumbprint = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToJwk()));
        return $"{member.ToLowerInvariant()}-rules-{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(thumbprint)[..8]}";
    }
}
