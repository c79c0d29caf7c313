using System.Buffers.Text;
using System.Security.Cryptography;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

/// <summary>What AddTrustedKey accepts as a public JWK, and the one form in which it stores it.</summary>
public sealed class TrustedKeyJwkTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    [Fact]
    public async Task A_key_of_more_than_1_KiB_is_refused_with_a_field_violation_and_one_of_megabytes_before_it_is_read()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk();
        var padded = jwk.Replace(",", ", ").PadRight(1025);
        var huge = jwk[..^1] + $",\"pad\":\"{new string('A', 2_500_000)}\"}}";

        Assert.Contains("must be at most 1024 characters", await JwkViolationAsync("SG", "sg-padded", padded));
        await RpcAssert.FailsWith(StatusCode.ResourceExhausted, async () =>
            await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-huge", huge), fixture.Node.As(CorridorRoles.MemberAdmin, "SG")), "MESSAGE_TOO_LARGE");
    }

    [Fact]
    public async Task A_key_with_a_member_a_P256_key_does_not_use_is_refused_naming_the_member()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk()[..^1] + ",\"ext\":true,\"key_ops\":[\"verify\"]}";

        Assert.StartsWith("has a member 'ext' that a P-256 public key does not use", await JwkViolationAsync("SG", "sg-webcrypto", jwk));
    }

    [Fact]
    public async Task A_key_with_a_repeated_member_is_refused_rather_than_one_of_them_stored()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk();
        var twice = jwk[..^1] + $",\"x\":\"{Base64Url.EncodeToString(new byte[32])}\"}}";

        Assert.Equal("has the member 'x' twice", await JwkViolationAsync("SG", "sg-twice", twice));
    }

    [Fact]
    public async Task Padded_or_standard_base64_coordinates_are_refused_rather_than_normalised()
    {
        var (x, y) = Coordinates();
        var padded = Jwk(x + "=", y);
        var standard = Jwk("+/" + x[2..], y);

        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", await JwkViolationAsync("SG", "sg-padded-x", padded));
        Assert.Equal("needs base64url coordinates 'x' and 'y' of 32 bytes each", await JwkViolationAsync("SG", "sg-standard-x", standard));
    }

    [Fact]
    public async Task A_kid_other_than_the_key_id_is_refused()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk()[..^1] + ",\"kid\":\"sg-other\"}";

        Assert.Equal("has a kid that is not the key id 'sg-kid'", await JwkViolationAsync("SG", "sg-kid", jwk));
    }

    [Fact]
    public async Task Two_spellings_of_the_same_key_are_stored_and_listed_identically_in_normalised_form()
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "ID");
        var (x, y) = Coordinates();
        var plain = Jwk(x, y);
        var ornate = $"{{ \"y\": \"{y}\", \"x\": \"{x}\",\n \"\\u006bty\": \"EC\", \"crv\": \"P-256\",\n"
            + " \"kid\": \"id-rules-b\", \"alg\": \"ES256\", \"use\": \"sig\", \"key_ops\": [\"verify\"] }";

        var a = await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("ID", "id-rules-a", plain), admin);
        var b = await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("ID", "id-rules-b", ornate), admin);

        var normalised = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}";
        Assert.Equal(normalised, a.TrustedKey.PublicKeyJwk);
        Assert.Equal(normalised, b.TrustedKey.PublicKeyJwk);
        var listed = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "ID" });
        Assert.Equal([normalised, normalised], listed.TrustedKeys.Select(k => k.PublicKeyJwk));
    }

    /// <summary>Adds the key as its member's admin and returns the one violation, which must be on public_key_jwk.</summary>
    private async Task<string> JwkViolationAsync(string member, string keyId, string jwk)
    {
        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Client.AddTrustedKeyAsync(
            TrustedKeyRequests.KeyRequest(member, keyId, jwk), fixture.Node.As(CorridorRoles.MemberAdmin, member)).ResponseAsync, "INVALID_REQUEST");
        var violation = Assert.Single(status!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("public_key_jwk", violation.Field);
        return violation.Description;
    }

    private static (string X, string Y) Coordinates()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return (Base64Url.EncodeToString(q.X), Base64Url.EncodeToString(q.Y));
    }

    private static string Jwk(string x, string y) => $"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{x}\",\"y\":\"{y}\"}}";
}
