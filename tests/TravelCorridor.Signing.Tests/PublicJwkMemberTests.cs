namespace TravelCorridor.Signing.Tests;

/// <summary>Which JWK members a trust-list key may carry, and how long it may be.</summary>
public sealed class PublicJwkMemberTests
{
    private static string With(string jwk, string members) => jwk[..^1] + "," + members + "}";

    [Fact]
    public void A_key_longer_than_1_KiB_is_refused_before_it_is_parsed()
    {
        var padded = TestJwks.NewPublic().Replace(",", "," + new string(' ', PublicJwk.MaxLength));
        Assert.Equal($"is {padded.Length} characters long; at most 1024 are accepted", PublicJwk.Problem(padded));

        // Not JSON at all: the length alone decides, so a huge input is never handed to the parser.
        Assert.StartsWith("is 2621440 characters long", PublicJwk.Problem(new string('{', 2_621_440)));
    }

    [Theory]
    [InlineData("\"ext\":true")]
    [InlineData("\"x5c\":[\"MIIB\"]")]
    [InlineData("\"padding\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"")]
    public void A_member_a_P256_public_key_does_not_use_is_refused_by_name(string member)
    {
        var name = member[1..member.IndexOf('"', 1)];
        Assert.StartsWith($"has a member '{name}' that a P-256 public key does not use", PublicJwk.Problem(With(TestJwks.NewPublic(), member)));
    }

    [Fact]
    public void A_long_unknown_member_name_is_quoted_cut_short()
    {
        var problem = PublicJwk.Problem(With(TestJwks.NewPublic(), $"\"{new string('n', 300)}\":1"));
        Assert.StartsWith($"has a member '{new string('n', 40)}…' that", problem);
    }

    [Theory]
    [InlineData("\"kid\":\"sg-rules-1\"")]
    [InlineData("\"alg\":\"ES256\"")]
    [InlineData("\"use\":\"sig\"")]
    [InlineData("\"key_ops\":[\"verify\"]")]
    [InlineData("\"kid\":\"sg-rules-1\",\"alg\":\"ES256\",\"use\":\"sig\"")]
    public void Optional_members_that_agree_with_the_trust_list_are_accepted(string members)
    {
        Assert.Null(PublicJwk.Problem(With(TestJwks.NewPublic(), members), "sg-rules-1"));
    }

    [Theory]
    [InlineData("\"kid\":\"sg-rules-2\"", "has a kid that is not the key id 'sg-rules-1'")]
    [InlineData("\"kid\":7", "has a kid that is not the key id 'sg-rules-1'")]
    [InlineData("\"alg\":\"RS256\"", "has an alg other than ES256, the only algorithm a trust-list key signs with")]
    [InlineData("\"alg\":\"none\"", "has an alg other than ES256, the only algorithm a trust-list key signs with")]
    [InlineData("\"use\":\"enc\"", "has a use other than \"sig\"; a trust-list key verifies signatures only")]
    [InlineData("\"key_ops\":[\"sign\",\"verify\"]", "has key_ops other than [\"verify\"]; a trust-list key verifies signatures only")]
    [InlineData("\"key_ops\":\"verify\"", "has key_ops other than [\"verify\"]; a trust-list key verifies signatures only")]
    public void Optional_members_that_contradict_the_trust_list_are_refused(string members, string problem)
    {
        Assert.Equal(problem, PublicJwk.Problem(With(TestJwks.NewPublic(), members), "sg-rules-1"));
    }

    [Fact]
    public void A_private_part_is_reported_as_such_even_after_other_members()
    {
        Assert.Contains("private key ('d')", PublicJwk.Problem(With(TestJwks.NewPublic(withPrivatePart: true), "\"ext\":true")));
    }
}
