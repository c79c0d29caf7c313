using System.Buffers.Text;
using System.Text;

namespace TravelCorridor.Signing.Tests;

public sealed class CompactJwsTests
{
    private static readonly byte[] RuleSet = Encoding.UTF8.GetBytes("{\"version\":3,\"rules\":[]}");

    [Fact]
    public void A_signed_token_has_an_es256_header_naming_the_key_and_the_exact_payload()
    {
        using var key = EcSigningKey.Create("sg-rules-2027");
        var parts = CompactJws.Sign(key, RuleSet, type: "rule-set+jws").Split('.');

        Assert.Equal("{\"alg\":\"ES256\",\"kid\":\"sg-rules-2027\",\"typ\":\"rule-set+jws\"}",
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(RuleSet, Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal(64, Base64Url.DecodeFromChars(parts[2]).Length);
    }

    [Fact]
    public void A_detached_token_has_an_empty_middle_part()
    {
        using var key = EcSigningKey.Create("k");
        Assert.True(CompactJws.TryParse(CompactJws.SignDetached(key, RuleSet), out var jws, out _));
        Assert.True(jws.IsDetached);
        Assert.True(jws.Payload.IsEmpty);
    }

    [Fact]
    public void Parsing_a_signed_token_gives_back_its_key_id_type_and_payload()
    {
        using var key = EcSigningKey.Create("k1");
        Assert.True(CompactJws.TryParse(CompactJws.Sign(key, RuleSet, "t"), out var jws, out _));
        Assert.Equal(("k1", "t", false), (jws.KeyId, jws.Type, jws.IsDetached));
        Assert.Equal(RuleSet, jws.Payload.ToArray());
    }

    [Fact]
    public void An_empty_payload_cannot_be_signed_attached_because_it_would_read_as_detached()
    {
        using var key = EcSigningKey.Create("k");
        Assert.Throws<ArgumentException>(() => CompactJws.Sign(key, []));
    }

    [Theory]
    [InlineData("", "The token has 1 part(s); a compact JWS has 3 (header.payload.signature).")]
    [InlineData("a.b", "The token has 2 part(s); a compact JWS has 3 (header.payload.signature).")]
    [InlineData("a.b.c.d.e", "The token has 5 part(s); a compact JWS has 3 (header.payload.signature).")]
    [InlineData("!!!.e30.AA", "The header is not base64url.")]
    [InlineData(".e30.AA", "The header is not base64url.")]
    [InlineData("bm90IGpzb24.e30.AA", "The header is not valid JSON.")]
    [InlineData("WzFd.e30.AA", "The header is not a JSON object.")]
    public void A_token_that_is_not_a_compact_jws_is_explained(string token, string problem)
    {
        Assert.False(CompactJws.TryParse(token, out _, out var actual));
        Assert.Equal(problem, actual);
    }

    [Theory]
    [InlineData("{\"kid\":\"k\"}", "The header has no 'alg'.")]
    [InlineData("{\"alg\":\"none\",\"kid\":\"k\"}", "The header's alg is 'none'; only ES256 is accepted.")]
    [InlineData("{\"alg\":\"HS256\",\"kid\":\"k\"}", "The header's alg is 'HS256'; only ES256 is accepted.")]
    [InlineData("{\"alg\":\"es256\",\"kid\":\"k\"}", "The header's alg is 'es256'; only ES256 is accepted.")]
    [InlineData("{\"alg\":\"ES256\"}", "The header has no 'kid' naming the signing key.")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"\"}", "The header has no 'kid' naming the signing key.")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":7}", "The header has no 'kid' naming the signing key.")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k\",\"typ\":1}", "The header's 'typ' is not a string.")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k\",\"crit\":[\"exp\"]}", "The header asks for extensions ('crit' or 'b64'), which are not supported.")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k\",\"b64\":false}", "The header asks for extensions ('crit' or 'b64'), which are not supported.")]
    [InlineData("{\"alg\":\"ES256\",\"alg\":\"none\",\"kid\":\"k\"}", "The header is not valid JSON.")]
    public void A_header_that_is_not_plain_es256_with_a_kid_is_explained(string header, string problem)
    {
        var token = $"{B64(header)}.{B64("{}")}.{Base64Url.EncodeToString(new byte[64])}";
        Assert.False(CompactJws.TryParse(token, out _, out var actual));
        Assert.Equal(problem, actual);
    }

    [Theory]
    [InlineData("e30=", "AA", "The payload is not base64url.")]
    [InlineData("e3 0", "AA", "The payload is not base64url.")]
    [InlineData("e30", "A", "The signature is not base64url.")]
    [InlineData("e30", "AAAA", "The signature is 3 bytes; ES256 signatures are 64 (r||s).")]
    [InlineData("e30", "", "The signature is 0 bytes; ES256 signatures are 64 (r||s).")]
    public void A_payload_or_signature_that_does_not_decode_is_explained(string payload, string signature, string problem)
    {
        Assert.False(CompactJws.TryParse($"{B64("{\"alg\":\"ES256\",\"kid\":\"k\"}")}.{payload}.{signature}", out _, out var actual));
        Assert.Equal(problem, actual);
    }

    [Fact]
    public void A_token_over_the_length_limit_is_refused_before_it_is_decoded()
    {
        var huge = new string('.', 101);
        Assert.False(CompactJws.TryParse(huge, out _, out var problem, maxLength: 100));
        Assert.Equal("The token is 101 characters long; at most 100 are accepted.", problem);
    }

    private static string B64(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
