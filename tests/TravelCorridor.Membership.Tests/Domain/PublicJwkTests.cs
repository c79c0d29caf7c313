using TravelCorridor.Membership.Domain;
using TravelCorridor.Membership.Tests.Api;

namespace TravelCorridor.Membership.Tests.Domain;

public sealed class PublicJwkTests
{
    [Fact]
    public void A_P256_public_key_is_accepted()
    {
        Assert.Null(PublicJwk.Problem(TrustedKeyApiTests.NewPublicJwk()));
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
        var zeros = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(new byte[32]);
        Assert.Equal("is not a point on curve P-256", PublicJwk.Problem($"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{zeros}\",\"y\":\"{zeros}\"}}"));
    }

    [Fact]
    public void A_private_part_is_refused()
    {
        Assert.Contains("private key", PublicJwk.Problem(TrustedKeyApiTests.NewPublicJwk(withPrivatePart: true)));
    }
}
