using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

public sealed class TrustedKeyApiTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    [Fact]
    public async Task A_member_admin_adds_and_revokes_its_own_key_and_anyone_lists_it()
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "SG");
        var added = await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-rules-2026"), admin);
        Assert.Equal(KeyUse.Rules, added.TrustedKey.Use);

        var listed = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG" });
        Assert.Contains(listed.TrustedKeys, k => k.KeyId == "sg-rules-2026");

        var revoked = await Client.RevokeTrustedKeyAsync(
            new RevokeTrustedKeyRequest { Member = "SG", KeyId = "sg-rules-2026", Reason = "rotated" }, admin);
        Assert.True(revoked.TrustedKey.Revoked);
        Assert.DoesNotContain((await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG" })).TrustedKeys,
            k => k.KeyId == "sg-rules-2026");
        Assert.Contains((await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG", IncludeRevoked = true })).TrustedKeys,
            k => k.KeyId == "sg-rules-2026" && k.Revoked);
    }

    [Fact]
    public async Task A_member_admin_cannot_manage_another_members_keys()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            () => Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("MY", "my-1"), fixture.Node.As(CorridorRoles.MemberAdmin, "SG")).ResponseAsync,
            "NOT_YOUR_MEMBER");
    }

    [Fact]
    public async Task A_private_key_is_refused_as_an_invalid_argument()
    {
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "leaky", TrustedKeyRequests.NewPublicJwk(withPrivatePart: true)),
            fixture.Node.As(CorridorRoles.MemberAdmin, "SG")).ResponseAsync, "public_key_jwk");
    }

    [Fact]
    public async Task A_key_off_the_curve_or_malformed_fields_are_all_reported()
    {
        var request = TrustedKeyRequests.KeyRequest("SG", "bad id!", "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}");
        request.Use = KeyUse.Unspecified;
        request.NotAfter = request.NotBefore;
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(request, fixture.Node.As(CorridorRoles.CorridorAdmin)).ResponseAsync,
            "key_id", "use", "public_key_jwk", "not_after");
    }

    [Fact]
    public async Task A_key_id_is_never_reused()
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "TH");
        await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("TH", "th-1"), admin);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("TH", "th-1"), admin).ResponseAsync, "KEY_EXISTS");
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client.RevokeTrustedKeyAsync(
            new RevokeTrustedKeyRequest { Member = "SG", KeyId = "nope", Reason = "x" }, fixture.Node.As(CorridorRoles.CorridorAdmin)).ResponseAsync,
            "KEY_NOT_FOUND");
    }

    [Theory]
    [InlineData(253_402_300_800L, 0)]            // 10000-01-01T00:00:00Z
    [InlineData(long.MaxValue, 0)]
    [InlineData(long.MinValue, 0)]
    [InlineData(-62_135_596_801L, 0)]            // one second before 0001-01-01
    [InlineData(1_900_000_000L, -1)]
    [InlineData(1_900_000_000L, 1_000_000_000)]
    public async Task A_timestamp_outside_years_1_to_9999_or_with_invalid_nanos_is_a_field_violation(long seconds, int nanos)
    {
        var request = TrustedKeyRequests.KeyRequest("SG", "sg-range");
        request.NotAfter = new Timestamp { Seconds = seconds, Nanos = nanos };
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(request, fixture.Node.As(CorridorRoles.CorridorAdmin)).ResponseAsync,
            "not_after");
    }

    [Fact]
    public async Task Both_timestamps_out_of_range_are_both_reported()
    {
        var request = TrustedKeyRequests.KeyRequest("SG", "sg-range-both");
        request.NotBefore = new Timestamp { Seconds = long.MinValue };
        request.NotAfter = new Timestamp { Seconds = 0, Nanos = -1 };
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(request, fixture.Node.As(CorridorRoles.CorridorAdmin)).ResponseAsync,
            "not_before", "not_after");
    }

    [Fact]
    public async Task The_first_and_last_representable_instants_are_accepted()
    {
        var request = TrustedKeyRequests.KeyRequest("ID", "id-forever");
        request.NotBefore = new Timestamp { Seconds = -62_135_596_800L };                   // 0001-01-01T00:00:00Z
        request.NotAfter = new Timestamp { Seconds = 253_402_300_799L, Nanos = 999_999_999 }; // 9999-12-31T23:59:59.999999999Z
        var added = await Client.AddTrustedKeyAsync(request, fixture.Node.As(CorridorRoles.CorridorAdmin));
        Assert.Equal(1, added.TrustedKey.NotBefore.ToDateTimeOffset().Year);
        Assert.Equal(9999, added.TrustedKey.NotAfter.ToDateTimeOffset().Year);
    }

    [Fact]
    public async Task A_key_id_with_a_trailing_newline_is_not_a_key_id()
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "VN");
        await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("VN", "nl-key"), admin);
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("VN", "nl-key\n"), admin).ResponseAsync, "key_id");
        await RpcAssert.RejectsFields(() => Client.RevokeTrustedKeyAsync(
            new RevokeTrustedKeyRequest { Member = "VN", KeyId = "nl-key\n", Reason = "x" }, admin).ResponseAsync, "key_id");
    }

    [Fact]
    public async Task A_revocation_reason_with_a_control_character_is_rejected()
    {
        await RpcAssert.RejectsFields(() => Client.RevokeTrustedKeyAsync(
            new RevokeTrustedKeyRequest { Member = "SG", KeyId = "any", Reason = "rotated\u0007" }, fixture.Node.As(CorridorRoles.CorridorAdmin)).ResponseAsync,
            "reason");
    }
}
