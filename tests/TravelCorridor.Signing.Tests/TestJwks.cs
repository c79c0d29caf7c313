using System.Buffers.Text;
using System.Security.Cryptography;

namespace TravelCorridor.Signing.Tests;

/// <summary>JWKs written by hand from a platform key, so the tests do not take our own writer's word for the format.</summary>
internal static class TestJwks
{
    public static string NewPublic(bool withPrivatePart = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Of(key.ExportParameters(withPrivatePart));
    }

    public static string Of(ECParameters p, string? kid = null)
    {
        var d = p.D is null ? "" : $",\"d\":\"{Base64Url.EncodeToString(p.D)}\"";
        var id = kid is null ? "" : $",\"kid\":\"{kid}\"";
        return $"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{Base64Url.EncodeToString(p.Q.X)}\",\"y\":\"{Base64Url.EncodeToString(p.Q.Y)}\"{d}{id}}}";
    }
}
