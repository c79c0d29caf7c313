using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

public sealed class MemberStateApiTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    private CallOptions Admin => fixture.Node.As(CorridorRoles.CorridorAdmin);

    [Fact]
    public async Task A_member_state_is_read_without_a_token()
    {
        var response = await Client.GetMemberStateAsync(new GetMemberStateRequest { Code = "BN" });
        Assert.Equal("Brunei Darussalam", response.MemberState.Name);
        Assert.Equal(1, response.MemberState.Version);
    }

    [Fact]
    public async Task An_unknown_member_is_not_found()
    {
        var status = await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Client.GetMemberStateAsync(new GetMemberStateRequest { Code = "FR" }).ResponseAsync, "MEMBER_NOT_FOUND");
        Assert.Contains("FR", status!.Message);
    }

    [Fact]
    public async Task A_malformed_member_code_is_an_invalid_argument_naming_the_field()
    {
        await RpcAssert.RejectsFields(() => Client.GetMemberStateAsync(new GetMemberStateRequest { Code = "sgp" }).ResponseAsync, "code");
    }

    [Fact]
    public async Task The_corridor_admin_suspends_and_reinstates_a_member_with_reasons()
    {
        var suspended = await Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "LA", Reason = "audit" }, Admin);
        Assert.Equal(MemberStateStatus.Suspended, suspended.MemberState.Status);
        Assert.Equal("audit", suspended.MemberState.StatusReason);
        Assert.Equal(2, suspended.MemberState.Version);

        var reinstated = await Client.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = "LA", Reason = "audit closed" }, Admin);
        Assert.Equal(MemberStateStatus.Active, reinstated.MemberState.Status);
        Assert.Equal(3, reinstated.MemberState.Version);
    }

    [Fact]
    public async Task Suspending_a_suspended_member_is_a_failed_precondition()
    {
        await Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "MM", Reason = "first" }, Admin);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "MM", Reason = "again" }, Admin).ResponseAsync,
            "MEMBER_ALREADY_SUSPENDED");
    }

    [Fact]
    public async Task Suspending_without_a_reason_or_code_reports_both_fields()
    {
        await RpcAssert.RejectsFields(
            () => Client.SuspendMemberStateAsync(new SuspendMemberStateRequest(), Admin).ResponseAsync, "code", "reason");
    }

    [Fact]
    public async Task A_new_member_is_admitted_once()
    {
        var admitted = await Client.AdmitMemberStateAsync(new AdmitMemberStateRequest { Code = "PG", Name = "Papua New Guinea" }, Admin);
        Assert.Equal(MemberStateStatus.Active, admitted.MemberState.Status);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists,
            () => Client.AdmitMemberStateAsync(new AdmitMemberStateRequest { Code = "PG", Name = "Papua New Guinea" }, Admin).ResponseAsync,
            "MEMBER_ALREADY_ADMITTED");
    }

    [Fact]
    public async Task Suspending_an_unknown_member_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "ZZ", Reason = "x" }, Admin).ResponseAsync,
            "MEMBER_NOT_FOUND");
    }

    [Fact]
    public async Task A_code_with_a_trailing_newline_is_not_a_member_code()
    {
        await RpcAssert.RejectsFields(() => Client.AdmitMemberStateAsync(
            new AdmitMemberStateRequest { Code = "SG\n", Name = "Singapore again" }, Admin).ResponseAsync, "code");
        await RpcAssert.RejectsFields(() => Client.GetMemberStateAsync(new GetMemberStateRequest { Code = "SG\n" }).ResponseAsync, "code");
        var codes = (await Client.ListMemberStatesAsync(new ListMemberStatesRequest())).MemberStates.Select(m => m.Code);
        Assert.DoesNotContain(codes, c => c.StartsWith("SG", StringComparison.Ordinal) && c != "SG");
    }

    [Theory]
    [InlineData("Fiji\n")]
    [InlineData("Fi\u0000ji")]
    [InlineData("Fiji\u202E")]      // right-to-left override: reorders what a reader sees
    [InlineData("Fiji\u2028")]      // line separator
    public async Task A_name_with_a_control_or_invisible_character_is_rejected(string name)
    {
        await RpcAssert.RejectsFields(() => Client.AdmitMemberStateAsync(
            new AdmitMemberStateRequest { Code = "FJ", Name = name }, Admin).ResponseAsync, "name");
    }

    [Fact]
    public async Task A_reason_with_a_control_character_is_rejected()
    {
        await RpcAssert.RejectsFields(() => Client.SuspendMemberStateAsync(
            new SuspendMemberStateRequest { Code = "KH", Reason = "line one\r\nline two" }, Admin).ResponseAsync, "reason");
    }

    [Fact]
    public async Task A_name_in_another_script_with_a_zero_width_joiner_is_accepted()
    {
        var admitted = await Client.AdmitMemberStateAsync(new AdmitMemberStateRequest { Code = "LK", Name = "ශ්\u200Dරී ලංකාව" }, Admin);
        Assert.Equal("ශ්\u200Dරී ලංකාව", admitted.MemberState.Name);
    }
}
