using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// Reads a trust-list key: an EC P-256 public key in JWK form whose point lies on the curve and which
/// carries no private part. Problems are phrased to follow a field name ("public_key_jwk is not valid JSON").
/// </summary>
public static class PublicJwk
{
    /// <summary>The problem with the key, or null when it is sound.</summary>
    public static string? Problem(string jwk) => TryParse(jwk, out _, out var problem) ? null : problem;

    /// <exception cref="FormatException">The key is not a sound P-256 public JWK.</exception>
    public static EcPublicKey Parse(string jwk) =>
        TryParse(jwk, out var key, out var problem) ? key : throw new FormatException($"The public JWK {problem}.");

    public static bool TryParse(string jwk, [NotNullWhen(true)] out EcPublicKey? key, [NotNullWhen(false)] out string? problem)
    {
        key = null;
        problem = Read(jwk, out var x, out var y);
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

    private static string? Read(string jwk, out byte[]? x, out byte[]? y)
    {
        x = y = null;
        try
        {
            using var doc = JsonDocument.Parse(jwk, JwkFields.Strict);
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
