using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Membership.Domain;

/// <summary>
/// Checks that a trust-list key is an EC P-256 public key in JWK form whose point lies on the curve,
/// and carries no private part. Returns the problem, or null when the key is sound.
/// </summary>
public static class PublicJwk
{
    public static string? Problem(string jwk)
    {
        try
        {
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
            if (Text(root, "kty") != "EC" || Text(root, "crv") != "P-256")
            {
                return "must be an EC key on curve P-256 (kty \"EC\", crv \"P-256\")";
            }
            var x = Coordinate(root, "x");
            var y = Coordinate(root, "y");
            if (x is null || y is null)
            {
                return "needs base64url coordinates 'x' and 'y' of 32 bytes each";
            }
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
            return null;
        }
        catch (JsonException)
        {
            return "is not valid JSON";
        }
        catch (CryptographicException)
        {
            return "is not a point on curve P-256";
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[]? Coordinate(JsonElement root, string name)
    {
        var text = Text(root, name);
        if (text is null)
        {
            return null;
        }
        try
        {
            var bytes = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(text);
            return bytes.Length == 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
