using System.Buffers.Text;
using System.Security.Cryptography;

namespace TravelCorridor.Signing.Tests;

/// <summary>One key, one stored text: every accepted spelling normalises to the same JWK, other spellings are refused.</summary>
public sealed class PublicJwkNormalizationTests
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    [Fact]
    public void Spellings_of_one_key_that_differ_in_order_whitespace_escapes_and_optional_members_normalise_alike()
    {
        using var platform = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = platform.ExportParameters(false).Q;
        var (x, y) = (Base64Url.EncodeToString(q.X), Base64Url.EncodeToString(q.Y));
        string[] spellings =
        [
            $"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\"}}",
            $"{{ \"y\" : \"{y}\",\n  \"x\" : \"{x}\", \"crv\": \"P-256\", \"kty\": \"EC\" }}",
            $"{{\"\\u006bty\":\"\\u0045C\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\",\"kid\":\"k1\",\"alg\":\"ES256\",\"use\":\"sig\"}}",
            $"{{\"crv\":\"P-256\",\"key_ops\":[\"verify\"],\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}",
        ];

        var normalised = spellings.Select(s => PublicJwk.TryNormalize(s, "k1", out var n, out var problem) ? n : problem).Distinct().ToArray();

        Assert.Equal([$"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}"], normalised);
    }

    [Fact]
    public void The_normalised_form_is_its_own_normal_form()
    {
        var normalised = PublicJwk.Normalize(TestJwks.NewPublic());
        Assert.Equal(normalised, PublicJwk.Normalize(normalised));
    }

    [Fact]
    public void Standard_base64_coordinates_are_refused_rather_than_normalised()
    {
        // Find a key whose coordinates use the base64url-only characters, then spell them the standard way.
        var jwk = Enumerable.Range(0, 100).Select(_ => TestJwks.NewPublic()).First(j => Coordinates(j).Any(c => c.Contains('-') || c.Contains('_')));
        var standard = Coordinates(jwk).Aggregate(jwk, (text, c) => text.Replace(c, c.Replace('-', '+').Replace('_', '/')));

        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", PublicJwk.Problem(standard));
        Assert.False(PublicJwk.TryNormalize(standard, null, out _, out _));
    }

    [Fact]
    public void A_coordinate_with_nonzero_spare_bits_is_refused_so_it_cannot_alias_the_canonical_one()
    {
        var jwk = TestJwks.NewPublic();
        var x = jwk.Split("\"x\":\"")[1].Split('"')[0];
        // 43 characters carry 258 bits for 256: the last character's two low bits must be zero.
        var alias = x[..^1] + Base64UrlAlphabet[Base64UrlAlphabet.IndexOf(x[^1]) | 1];

        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", PublicJwk.Problem(jwk.Replace(x, alias)));
    }

    [Fact]
    public void Normalizing_an_unsound_key_throws_with_the_problem()
    {
        var error = Assert.Throws<FormatException>(() => PublicJwk.Normalize("{\"kty\":\"EC\",\"crv\":\"P-256\",\"z\":1}"));
        Assert.StartsWith("The public JWK has a member 'z'", error.Message);
    }

    private static string[] Coordinates(string jwk) => [jwk.Split("\"x\":\"")[1].Split('"')[0], jwk.Split("\"y\":\"")[1].Split('"')[0]];
}
