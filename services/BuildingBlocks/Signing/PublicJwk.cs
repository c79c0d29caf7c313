using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// Reads a trust-list key: an EC P-256 public key in JWK form, at most <see cref="MaxLength"/> characters,
/// with only the members such a key uses, whose point lies on the curve and which carries no private
/// part. Problems are phrased to follow a field name ("public_key_jwk is not valid JSON").
/// </summary>
public static class PublicJwk
{
    /// <summary>
    /// 1 KiB. A P-256 public JWK with every accepted optional member and a 64-character kid is about 260
    /// characters; the limit keeps any one key, and so the trust list, from growing without bound.
    /// </summary>
    public const int MaxLength = 1024;

    /// <summary>The problem with the key, or null when it is sound; a kid, if present, must be <paramref name="keyId"/> when given.</summary>
    public static string? Problem(string jwk, string? keyId = null) => TryParse(jwk, keyId, out _, out var problem) ? null : problem;

    /// <exception cref="FormatException">The key is not a sound P-256 public JWK.</exception>
    public static EcPublicKey Parse(string jwk) =>
        TryParse(jwk, out var key, out var problem) ? key : throw new FormatException($"The public JWK {problem}.");

    /// <summary>
    /// The one spelling the trust list stores and replicates: the RFC 7638 members crv, kty, x, y in that
    /// (lexicographic) order, base64url without padding, no whitespace. Member order, escapes and the
    /// optional kid, alg, use and key_ops cannot make two texts of one key.
    /// </summary>
    /// <exception cref="FormatException">The key is not a sound P-256 public JWK.</exception>
    public static string Normalize(string jwk) => Parse(jwk).ToJwk();

    /// <summary><see cref="Normalize"/> that says what is wrong instead of throwing.</summary>
    public static bool TryNormalize(string jwk, string? keyId, [NotNullWhen(true)] out string? normalized,
        [NotNullWhen(false)] out string? problem)
    {
        normalized = TryParse(jwk, keyId, out var key, out problem) ? key.ToJwk() : null;
        return normalized is not null;
    }

    public static bool TryParse(string jwk, [NotNullWhen(true)] out EcPublicKey? key, [NotNullWhen(false)] out string? problem) =>
        TryParse(jwk, keyId: null, out key, out problem);

    public static bool TryParse(string jwk, string? keyId, [NotNullWhen(true)] out EcPublicKey? key, [NotNullWhen(false)] out string? problem)
    {
        key = null;
        problem = Read(jwk, keyId, out var x, out var y);
        if (problem is not null)
        {
            return false;
        }
        try
        {
            // Importing makes the platform check that (x, y) lies on the curve.
            var candidate = new EcPublicKey(x!, y!);
            using var _ = candidate.CreateECDsa();
            key = candidate;
            return true;
        }
        catch (CryptographicException)
        {
            problem = "is not a point on curve P-256";
            return false;
        }
    }

    private static string? Read(string jwk, string? keyId, out byte[]? x, out byte[]? y)
    {
        x = y = null;
        // Checked before anything is parsed, so an oversized key costs nothing.
        if (jwk.Length > MaxLength)
        {
            return $"is {jwk.Length} characters long; at most {MaxLength} are accepted";
        }
        try
        {
            // Duplicates are let through the parser so that PublicJwkMembers can name the repeated member.
            using var doc = JsonDocument.Parse(jwk);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "must be a JSON object (a JWK)";
            }
            if (root.TryGetProperty("d", out _))
            {
                return "contains a private key ('d'); publish the public key only";
            }
            if (!JwkFields.IsP256(root))
            {
                return "must be an EC key on curve P-256 (kty \"EC\", crv \"P-256\")";
            }
            var problem = PublicJwkMembers.Problem(root, keyId);
            if (problem is not null)
            {
                return problem;
            }
            x = JwkFields.Coordinate(root, "x");
            y = JwkFields.Coordinate(root, "y");
            return x is null || y is null ? "needs base64url coordinates 'x' and 'y' of 32 bytes each" : null;
        }
        catch (JsonException)
        {
            return "is not valid JSON";
        }
    }
}
