using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace TravelCorridor.Signing.Tests;

public sealed class EcSigningKeyTests
{
    [Fact]
    public void A_new_key_publishes_a_public_jwk_the_trust_list_accepts()
    {
        using var key = EcSigningKey.Create("sg-rules-2027");
        var jwk = key.ToPublicJwk();
        Assert.Null(PublicJwk.Problem(jwk));
        Assert.Equal(key.PublicKey, PublicJwk.Parse(jwk));
    }

    [Fact]
    public void The_private_jwk_carries_d_and_kid_and_loads_back_as_the_same_key()
    {
        using var key = EcSigningKey.Create("sg-rules-2027");
        var privateJwk = key.ToPrivateJwk();
        using var doc = JsonDocument.Parse(privateJwk);
        Assert.Equal(32, Base64Url.DecodeFromChars(doc.RootElement.GetProperty("d").GetString()).Length);

        using var loaded = EcSigningKey.FromPrivateJwk(privateJwk);
        Assert.Equal("sg-rules-2027", loaded.KeyId);
        Assert.Equal(key.PublicKey, loaded.PublicKey);
    }

    [Fact]
    public void A_private_jwk_made_elsewhere_loads_with_a_given_key_id()
    {
        using var platform = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var loaded = EcSigningKey.FromPrivateJwk(TestJwks.Of(platform.ExportParameters(true)), "th-passes-1");
        Assert.Equal("th-passes-1", loaded.KeyId);
        Assert.Equal(PublicJwk.Parse(TestJwks.Of(platform.ExportParameters(false))), loaded.PublicKey);
    }

    [Fact]
    public void A_private_jwk_whose_d_does_not_belong_to_its_point_is_refused()
    {
        using var one = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var mixed = one.ExportParameters(true);
        mixed.D = other.ExportParameters(true).D;
        var error = Assert.Throws<FormatException>(() => EcSigningKey.FromPrivateJwk(TestJwks.Of(mixed, "k")));
        Assert.Contains("not a P-256 key pair", error.Message);
    }

    [Theory]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-256\"}", "The private JWK needs base64url coordinates 'x' and 'y' of 32 bytes each.")]
    [InlineData("{\"kty\":\"OKP\",\"crv\":\"Ed25519\"}", "The private JWK must be an EC key on curve P-256 (kty \"EC\", crv \"P-256\").")]
    [InlineData("nope", "The private JWK is not valid JSON.")]
    public void A_broken_private_jwk_is_explained(string jwk, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => EcSigningKey.FromPrivateJwk(jwk, "k")).Message);
    }

    [Fact]
    public void A_public_jwk_is_not_a_signing_key()
    {
        var error = Assert.Throws<FormatException>(() => EcSigningKey.FromPrivateJwk(TestJwks.NewPublic(), "k"));
        Assert.Equal("The private JWK needs the base64url private part 'd' of 32 bytes.", error.Message);
    }

    [Fact]
    public void A_private_jwk_without_kid_needs_a_key_id()
    {
        using var platform = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var error = Assert.Throws<FormatException>(() => EcSigningKey.FromPrivateJwk(TestJwks.Of(platform.ExportParameters(true))));
        Assert.Equal("The private JWK has no 'kid' and no key id was given.", error.Message);
    }
}
