using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>Reads the fields of a private EC P-256 JWK; the key pair itself is checked on import.</summary>
internal static class PrivateJwkReader
{
    public static bool TryRead(string jwk, string? keyId, out string kid, out ECParameters parameters,
        [NotNullWhen(false)] out string? problem)
    {
        kid = "";
        parameters = default;
        problem = Read(jwk, keyId, ref kid, ref parameters);
        return problem is null;
    }

    private static string? Read(string jwk, string? keyId, ref string kid, ref ECParameters parameters)
    {
        try
        {
            using var doc = JsonDocument.Parse(jwk, JwkFields.Strict);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "must be a JSON object (a JWK)";
            }
            if (!JwkFields.IsP256(root))
            {
                return "must be an EC key on curve P-256 (kty \"EC\", crv \"P-256\")";
            }
            var x = JwkFields.Coordinate(root, "x");
            var y = JwkFields.Coordinate(root, "y");
            if (x is null || y is null)
            {
                return "needs base64url coordinates 'x' and 'y' of 32 bytes each";
            }
            var named = string.IsNullOrWhiteSpace(keyId) ? JwkFields.Text(root, "kid") : keyId;
            if (string.IsNullOrWhiteSpace(named))
            {
                return "has no 'kid' and no key id was given";
            }
            var d = JwkFields.Coordinate(root, "d");
            if (d is null)
            {
                return "needs the base64url private part 'd' of 32 bytes";
            }
            kid = named;
            parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y }, D = d };
            return null;
        }
        catch (JsonException)
        {
            return "is not valid JSON";
        }
    }
}
