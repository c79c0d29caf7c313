using System.Buffers.Text;
using System.Security.Cryptography;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Testing;

/// <summary>Trust-list keys for tests that need one to write: a fresh P-256 JWK and an AddTrustedKey request for it.</summary>
public static class TrustedKeyRequests
{
    public static string NewPublicJwk(bool withPrivatePart = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(withPrivatePart);
        var d = withPrivatePart ? $",\"d\":\"{Base64Url.EncodeToString(p.D)}\"" : "";
        return $"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{Base64Url.EncodeToString(p.Q.X)}\",\"y\":\"{Base64Url.EncodeToString(p.Q.Y)}\"{d}}}";
    }

    /// <summary>The AddTrustedKey request for <paramref name="key"/>'s public half: <paramref name="use"/>, valid from a day ago for a year.</summary>
    public static AddTrustedKeyRequest For(string member, TravelCorridor.Signing.EcSigningKey key, KeyUse use)
    {
        var now = DateTimeOffset.UtcNow;
        return new AddTrustedKeyRequest
        {
            Member = member, KeyId = key.KeyId, Use = use, PublicKeyJwk = key.ToPublicJwk(),
            NotBefore = Timestamp.FromDateTimeOffset(now.AddDays(-1)),
            NotAfter = Timestamp.FromDateTimeOffset(now.AddYears(1)),
        };
    }

    /// <summary>A RULES key of <paramref name="member"/> valid through 2026 and 2027.</summary>
    public static AddTrustedKeyRequest KeyRequest(string member, string keyId, string? jwk = null) => new()
    {
        Member = member,
        KeyId = keyId,
        Use = KeyUse.Rules,
        PublicKeyJwk = jwk ?? NewPublicJwk(),
        NotBefore = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        NotAfter = Timestamp.FromDateTimeOffset(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero)),
    };
}
