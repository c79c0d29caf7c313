using TravelCorridor.Type.V1;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>
/// Oversized values come back as short, readable errors: a caller (or an attacker) can send the
/// largest message the API accepts, and the answer must still fit in what HTTP/2 clients read.
/// </summary>
public sealed class RequestLimitTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    private CallOptions Admin => fixture.Node.As(CorridorRoles.CorridorAdmin);

    [Fact]
    public async Task A_30000_character_member_code_is_rejected_with_a_short_message_echoing_only_a_prefix()
    {
        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => Client.GetMemberStateAsync(new GetMemberStateRequest { Code = new string('A', 30_000) }).ResponseAsync, "INVALID_REQUEST");

        Assert.True(status!.Message.Length < 500, $"grpc-message is {status.Message.Length} characters");
        var violation = Assert.Single(status.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("code", violation.Field);
        Assert.Contains("'" + new string('A', 32) + "…' (30000 characters)", violation.Description);
        Assert.True(status.CalculateSize() < 1_000, $"the status details are {status.CalculateSize()} bytes");
    }

    [Fact]
    public async Task Ten_thousand_purposes_are_one_violation_of_the_limit()
    {
        var request = new ProposeCorridorRequest { ProposingMember = "SG", PartnerMember = "MY", MaxStayDays = 14 };
        request.Purposes.AddRange(Enumerable.Repeat(TravelPurpose.Unspecified, 10_000));

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => Client.ProposeCorridorAsync(request, fixture.Node.As(CorridorRoles.MemberAdmin, "SG")).ResponseAsync, "INVALID_REQUEST");

        var violation = Assert.Single(status!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("purposes", violation.Field);
        Assert.Contains("at most 16", violation.Description);
    }

    [Fact]
    public async Task A_request_over_64_KiB_is_resource_exhausted_and_names_the_limit()
    {
        var status = await RpcAssert.FailsWith(StatusCode.ResourceExhausted,
            () => Client.GetMemberStateAsync(new GetMemberStateRequest { Code = new string('A', 70_000) }).ResponseAsync, "MESSAGE_TOO_LARGE");

        Assert.Contains("65536", status!.Message);
    }

    [Fact]
    public async Task Every_text_field_over_its_limit_is_reported_by_name()
    {
        await RpcAssert.RejectsFields(() => Client.AdmitMemberStateAsync(
            new AdmitMemberStateRequest { Code = "XA", Name = new string('n', 101) }, Admin).ResponseAsync, "name");
        await RpcAssert.RejectsFields(() => Client.SuspendMemberStateAsync(
            new SuspendMemberStateRequest { Code = "KH", Reason = new string('r', 501) }, Admin).ResponseAsync, "reason");
        await RpcAssert.RejectsFields(() => Client.GetCorridorAsync(
            new GetCorridorRequest { CorridorId = "MY-SG" + new string('-', 10_000) }).ResponseAsync, "corridor_id");
        await RpcAssert.RejectsFields(() => Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = new string('S', 10_000) }).ResponseAsync, "member");

        var key = TrustedKeyRequests.KeyRequest("SG", new string('k', 65), TrustedKeyRequests.NewPublicJwk() + new string(' ', 1_024));
        await RpcAssert.RejectsFields(() => Client.AddTrustedKeyAsync(key, Admin).ResponseAsync, "key_id", "public_key_jwk");
    }

    [Fact]
    public async Task Values_at_their_limits_are_accepted()
    {
        var admitted = await Client.AdmitMemberStateAsync(new AdmitMemberStateRequest { Code = "XB", Name = new string('n', 100) }, Admin);
        Assert.Equal(100, admitted.MemberState.Name.Length);

        var suspended = await Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "XB", Reason = new string('r', 500) }, Admin);
        Assert.Equal(500, suspended.MemberState.StatusReason.Length);

        var request = new ProposeCorridorRequest { ProposingMember = "SG", PartnerMember = "PH", MaxStayDays = 14 };
        request.Purposes.AddRange(Enumerable.Repeat(TravelPurpose.Study, 16));
        var proposed = await Client.ProposeCorridorAsync(request, fixture.Node.As(CorridorRoles.MemberAdmin, "SG"));
        Assert.Equal([TravelPurpose.Study], proposed.Corridor.Purposes);

        var key = await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", new string('k', 64)), Admin);
        Assert.Equal(64, key.TrustedKey.KeyId.Length);
    }
}
