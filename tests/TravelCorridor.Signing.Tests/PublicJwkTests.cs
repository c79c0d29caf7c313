using System.Buffers.Text;
using System.Security.Cryptography;

namespace TravelCorridor.Signing.Tests;

public sealed class PublicJwkTests
{
    [Fact]
    public void A_P256_public_key_is_accepted()
    {
        Assert.Null(PublicJwk.Problem(TestJwks.NewPublic()));
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("[1]", "must be a JSON object (a JWK)")]
    [InlineData("{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}", "must be an EC key on curve P-256 (kty \"EC\", crv \"P-256\")")]
    [InlineData("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}", "needs base64url coordinates 'x' and 'y' of 32 bytes each")]
    public void A_malformed_key_is_explained(string jwk, string problem)
    {
        Assert.Equal(problem, PublicJwk.Problem(jwk));
    }

    [Fact]
    public void A_point_off_the_curve_is_refused()
    {
        var zeros = Base64Url.EncodeToString(new byte[32]);
        Assert.Equal("is not a point on curve P-256", PublicJwk.Problem($"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{zeros}\",\"y\":\"{zeros}\"}}"));
    }

    [Fact]
    public void A_private_part_is_refused()
    {
        Assert.Contains("private key", PublicJwk.Problem(TestJwks.NewPublic(withPrivatePart: true)));
    }

    [Fact]
    public void A_coordinate_with_padding_or_whitespace_is_not_base64url()
    {
        var jwk = TestJwks.NewPublic();
        var x = jwk.Split("\"x\":\"")[1].Split('"')[0];
        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", PublicJwk.Problem(jwk.Replace(x, x + "=")));
        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", PublicJwk.Problem(jwk.Replace(x, x[..4] + " " + x[4..])));
    }

    [Fact]
    public void A_key_with_two_x_members_is_refused_rather_than_guessed()
    {
        var jwk = TestJwks.NewPublic();
        Assert.Equal("has the member 'x' twice", PublicJwk.Problem(jwk.Replace("{", "{\"x\":\"AA\",")));
        Assert.Equal("has the member 'x' twice", PublicJwk.Problem(jwk.Replace("{", "{\"\\u0078\":\"AA\",")));
    }

    [Fact]
    public void A_parsed_key_writes_back_the_normalised_public_jwk()
    {
        using var platform = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = platform.ExportParameters(false).Q;
        var normalised = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url.EncodeToString(q.X)}\",\"y\":\"{Base64Url.EncodeToString(q.Y)}\"}}";
        Assert.Equal(normalised, PublicJwk.Parse(TestJwks.Of(platform.ExportParameters(false))).ToJwk());
    }

    [Fact]
    public void Parsing_an_unsound_key_throws_with_the_problem()
    {
        var error = Assert.Throws<FormatException>(() => PublicJwk.Parse("[1]"));
        Assert.Equal("The public JWK must be a JSON object (a JWK).", error.Message);
    }
}
