using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Testing;

namespace TravelCorridor.Signing.Tests;

/// <summary>Our tokens checked by code that is not ours, and theirs by us: the format is standard ES256 JWS.</summary>
public sealed class InteroperabilityTests
{
    private static readonly byte[] Pass = Encoding.UTF8.GetBytes("{\"sub\":\"traveller-ref-1f3a\",\"decision\":\"CLEARED\"}");

    [Fact]
    public async Task Microsoft_json_web_token_handler_accepts_our_token_with_our_public_jwk()
    {
        using var key = EcSigningKey.Create("sg-passes-2027");
        var token = CompactJws.Sign(key, Pass);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new JsonWebKey(key.ToPublicJwk()),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("traveller-ref-1f3a", result.Claims["sub"]);
    }

    [Fact]
    public void Plain_ecdsa_from_the_public_jwk_verifies_our_signature_over_header_dot_payload()
    {
        using var key = EcSigningKey.Create("k");
        var parts = CompactJws.Sign(key, [0x00, 0xFF, 0x10]).Split('.');
        var jwk = new JsonWebKey(key.ToPublicJwk());
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.X), Y = Base64Url.DecodeFromChars(jwk.Y) },
        });

        Assert.True(ecdsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public async Task A_token_made_by_microsoft_json_web_token_handler_verifies_with_our_verifier()
    {
        using var platform = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ours = EcSigningKey.FromPrivateJwk(TestJwks.Of(platform.ExportParameters(true)), "sg-passes-2027");
        var token = new JsonWebTokenHandler().CreateToken("{\"sub\":\"x\"}",
            new SigningCredentials(new ECDsaSecurityKey(platform) { KeyId = "sg-passes-2027" }, SecurityAlgorithms.EcdsaSha256));
        // That handler leaves s as ECDSA made it, high half the time: the canonical spelling is ours to ask for.
        token = LowSSignatures.Spelled(token, low: true);

        var result = await new JwsVerifier(new TrustList(TrustList.Entry(ours, use: TrustedKeyUse.Passes)))
            .VerifyAsync(token, "SG", TrustedKeyUse.Passes, TrustList.Now);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("{\"sub\":\"x\"}", Encoding.UTF8.GetString(result.Payload.Span));
    }

    [Fact]
    public async Task The_same_token_with_a_high_s_signature_is_refused_as_non_canonical()
    {
        using var key = EcSigningKey.Create("sg-passes-2027");
        var token = CompactJws.Sign(key, Pass);
        var high = LowSSignatures.Spelled(token, low: false);

        var result = await new JwsVerifier(new TrustList(TrustList.Entry(key, use: TrustedKeyUse.Passes)))
            .VerifyAsync(high, "SG", TrustedKeyUse.Passes, TrustList.Now);

        Assert.NotEqual(token, high);
        Assert.Equal(JwsFailure.Malformed, result.Failure);
        Assert.Contains("canonical", result.Message);
    }

    [Fact]
    public void Every_signature_we_make_is_low_s()
    {
        using var key = EcSigningKey.Create("k");
        for (var i = 0; i < 64; i++)
        {
            var token = CompactJws.Sign(key, Pass);
            Assert.Equal(token, LowSSignatures.Spelled(token, low: true));
        }
    }
}
