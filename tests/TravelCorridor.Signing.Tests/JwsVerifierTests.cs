using System.Buffers.Text;
using System.Text;

namespace TravelCorridor.Signing.Tests;

public sealed class JwsVerifierTests : IDisposable
{
    private static readonly byte[] RuleSet = Encoding.UTF8.GetBytes("{\"version\":3,\"rules\":[\"exact bytes, no canonical form\"]}");

    private readonly EcSigningKey key = EcSigningKey.Create("sg-rules-2027");

    public void Dispose() => key.Dispose();

    private static Task<JwsVerificationResult> Verify(string token, params TrustListEntry[] trusted) =>
        new JwsVerifier(new TrustList(trusted)).VerifyAsync(token, "SG", TrustedKeyUse.Rules, TrustList.Now).AsTask();

    [Fact]
    public async Task A_signed_rule_set_verifies_and_gives_back_its_exact_bytes_and_key()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key));

        Assert.True(result.IsValid, result.Message);
        Assert.Null(result.Failure);
        Assert.Equal(RuleSet, result.Payload.ToArray());
        Assert.Equal(("SG", "sg-rules-2027"), (result.Key!.Member, result.Key.KeyId));
        Assert.Equal("Signed with key SG/sg-rules-2027 (RULES).", result.Message);
    }

    [Fact]
    public async Task A_key_reloaded_from_its_private_jwk_signs_tokens_the_trust_list_accepts()
    {
        using var reloaded = EcSigningKey.FromPrivateJwk(key.ToPrivateJwk());
        var result = await Verify(CompactJws.Sign(reloaded, RuleSet), TrustList.Entry(key));
        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task A_detached_signature_verifies_with_the_payload_supplied_separately()
    {
        var verifier = new JwsVerifier(new TrustList(TrustList.Entry(key)));
        var token = CompactJws.SignDetached(key, RuleSet);

        var result = await verifier.VerifyDetachedAsync(token, RuleSet, "SG", TrustedKeyUse.Rules, TrustList.Now);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(RuleSet, result.Payload.ToArray());
    }

    [Fact]
    public async Task A_detached_signature_over_other_bytes_is_a_bad_signature()
    {
        var verifier = new JwsVerifier(new TrustList(TrustList.Entry(key)));
        var other = RuleSet.ToArray();
        other[^2] ^= 1;

        var result = await verifier.VerifyDetachedAsync(CompactJws.SignDetached(key, RuleSet), other, "SG", TrustedKeyUse.Rules, TrustList.Now);

        Assert.Equal(JwsFailure.BadSignature, result.Failure);
        Assert.True(result.Payload.IsEmpty);
    }

    [Fact]
    public async Task A_detached_token_checked_as_attached_and_the_reverse_are_malformed()
    {
        var verifier = new JwsVerifier(new TrustList(TrustList.Entry(key)));

        var withoutPayload = await verifier.VerifyAsync(CompactJws.SignDetached(key, RuleSet), "SG", TrustedKeyUse.Rules, TrustList.Now);
        var withTwoPayloads = await verifier.VerifyDetachedAsync(CompactJws.Sign(key, RuleSet), RuleSet, "SG", TrustedKeyUse.Rules, TrustList.Now);

        Assert.Equal((JwsFailure.Malformed, "The token's payload is detached; verify it together with the payload."),
            (withoutPayload.Failure, withoutPayload.Message));
        Assert.Equal(JwsFailure.Malformed, withTwoPayloads.Failure);
    }

    [Fact]
    public async Task A_payload_with_one_byte_flipped_is_a_bad_signature()
    {
        var parts = CompactJws.Sign(key, RuleSet).Split('.');
        var tampered = Base64Url.DecodeFromChars(parts[1]);
        tampered[10] ^= 0x01;

        var result = await Verify($"{parts[0]}.{Base64Url.EncodeToString(tampered)}.{parts[2]}", TrustList.Entry(key));

        Assert.Equal(JwsFailure.BadSignature, result.Failure);
        Assert.Equal("The signature does not match the content and key SG/sg-rules-2027.", result.Message);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_the_same_kid_is_a_bad_signature()
    {
        using var impostor = EcSigningKey.Create(key.KeyId);
        var result = await Verify(CompactJws.Sign(impostor, RuleSet), TrustList.Entry(key));
        Assert.Equal(JwsFailure.BadSignature, result.Failure);
    }

    [Theory]
    [InlineData("{\"alg\":\"none\",\"kid\":\"sg-rules-2027\"}")]
    [InlineData("{\"alg\":\"HS256\",\"kid\":\"sg-rules-2027\"}")]
    public async Task A_header_claiming_another_algorithm_is_malformed_even_with_a_trusted_kid(string header)
    {
        var parts = CompactJws.Sign(key, RuleSet).Split('.');
        var forged = $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))}.{parts[1]}.{parts[2]}";

        var result = await Verify(forged, TrustList.Entry(key));

        Assert.Equal(JwsFailure.Malformed, result.Failure);
        Assert.Contains("only ES256 is accepted", result.Message);
    }

    [Fact]
    public async Task A_token_that_is_not_a_jws_is_malformed()
    {
        var result = await Verify("not a token", TrustList.Entry(key));
        Assert.Equal((JwsFailure.Malformed, "The token has 1 part(s); a compact JWS has 3 (header.payload.signature)."),
            (result.Failure, result.Message));
    }

    [Fact]
    public async Task A_token_longer_than_the_verifier_allows_is_malformed()
    {
        var verifier = new JwsVerifier(new TrustList(TrustList.Entry(key)), maxTokenLength: 64);
        var result = await verifier.VerifyAsync(CompactJws.Sign(key, RuleSet), "SG", TrustedKeyUse.Rules, TrustList.Now);
        Assert.Equal(JwsFailure.Malformed, result.Failure);
        Assert.Contains("at most 64 are accepted", result.Message);
    }

    [Fact]
    public async Task A_kid_missing_from_the_trust_list_is_an_unknown_key()
    {
        using var stranger = EcSigningKey.Create("nobody-knows-me");
        var result = await Verify(CompactJws.Sign(stranger, RuleSet), TrustList.Entry(key));
        Assert.Equal((JwsFailure.UnknownKey, "No key 'nobody-knows-me' is in the trust list."), (result.Failure, result.Message));
    }

    [Fact]
    public async Task A_key_of_another_member_is_named_as_such()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, member: "MY"));
        Assert.Equal((JwsFailure.KeyOfAnotherMember, "Key 'sg-rules-2027' belongs to MY, not SG."), (result.Failure, result.Message));
    }

    [Fact]
    public async Task The_expected_members_key_is_used_when_another_member_has_the_same_kid()
    {
        using var malaysian = EcSigningKey.Create(key.KeyId);
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(malaysian, member: "MY"), TrustList.Entry(key));
        Assert.True(result.IsValid, result.Message);
        Assert.Equal("SG", result.Key!.Member);
    }

    [Fact]
    public async Task A_node_key_signing_a_rule_set_is_the_wrong_use()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, use: TrustedKeyUse.Node));
        Assert.Equal((JwsFailure.WrongUse, "Key SG/sg-rules-2027 is for NODE, not RULES."), (result.Failure, result.Message));
        Assert.Equal(TrustedKeyUse.Node, result.Key!.Use);
    }

    [Fact]
    public async Task A_revoked_key_is_refused()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, revoked: true));
        Assert.Equal((JwsFailure.Revoked, "Key SG/sg-rules-2027 is revoked."), (result.Failure, result.Message));
    }

    [Fact]
    public async Task A_key_not_yet_valid_is_outside_its_validity()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, notBefore: TrustList.Now.AddSeconds(1)));
        Assert.Equal(JwsFailure.OutsideValidity, result.Failure);
        Assert.Equal("Key SG/sg-rules-2027 is not valid before 2027-03-01T12:00:01.0000000+00:00.", result.Message);
    }

    [Fact]
    public async Task A_key_is_expired_from_the_instant_of_its_not_after()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, notAfter: TrustList.Now));
        Assert.Equal(JwsFailure.OutsideValidity, result.Failure);
        Assert.Equal("Key SG/sg-rules-2027 expired at 2027-03-01T12:00:00.0000000+00:00.", result.Message);
    }

    [Fact]
    public async Task A_key_is_valid_from_the_instant_of_its_not_before()
    {
        var result = await Verify(CompactJws.Sign(key, RuleSet), TrustList.Entry(key, notBefore: TrustList.Now));
        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task The_most_useful_reason_wins_when_several_apply()
    {
        var parts = CompactJws.Sign(key, RuleSet).Split('.');
        var badSignature = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(new byte[64])}";
        var expired = TrustList.Now.AddDays(-1);

        var wrongUseRevokedExpired = await Verify(badSignature, TrustList.Entry(key, use: TrustedKeyUse.Passes, revoked: true, notAfter: expired));
        var revokedExpired = await Verify(badSignature, TrustList.Entry(key, revoked: true, notAfter: expired));
        var expiredOnly = await Verify(badSignature, TrustList.Entry(key, notAfter: expired));
        var otherMemberWrongUse = await Verify(badSignature, TrustList.Entry(key, member: "TH", use: TrustedKeyUse.Node));

        Assert.Equal(JwsFailure.WrongUse, wrongUseRevokedExpired.Failure);
        Assert.Equal(JwsFailure.Revoked, revokedExpired.Failure);
        Assert.Equal(JwsFailure.OutsideValidity, expiredOnly.Failure);
        Assert.Equal(JwsFailure.KeyOfAnotherMember, otherMemberWrongUse.Failure);
    }
}
