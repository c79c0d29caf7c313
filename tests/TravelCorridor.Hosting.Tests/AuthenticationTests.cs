using TravelCorridor.Type.V1;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

public sealed class AuthenticationTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private static readonly SuspendMemberStateRequest Suspend = new() { Code = "KH", Reason = "test" };

    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    private static CallOptions Bearer(string token) => new(new Metadata { { "Authorization", $"Bearer {token}" } });

    [Fact]
    public async Task A_change_without_a_token_is_unauthenticated()
    {
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.SuspendMemberStateAsync(Suspend).ResponseAsync, "TOKEN_MISSING");
    }

    [Fact]
    public async Task An_expired_token_is_unauthenticated()
    {
        var expired = fixture.Node.Token(CorridorRoles.CorridorAdmin, lifetime: TimeSpan.FromMinutes(5),
            issuedAt: DateTimeOffset.UtcNow.AddHours(-2));
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.SuspendMemberStateAsync(Suspend, Bearer(expired)).ResponseAsync, "TOKEN_EXPIRED");
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_unauthenticated()
    {
        await using var other = await NodeHost.StartAsync("VN");
        var foreign = other.Token(CorridorRoles.CorridorAdmin);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.SuspendMemberStateAsync(Suspend, Bearer(foreign)).ResponseAsync, "TOKEN_NOT_TRUSTED");
    }

    [Fact]
    public async Task A_member_admin_cannot_suspend_member_states()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            () => Client.SuspendMemberStateAsync(Suspend, fixture.Node.As(CorridorRoles.MemberAdmin, "SG")).ResponseAsync, "ROLE_NOT_ALLOWED");
    }

    [Fact]
    public async Task An_observer_cannot_propose_corridors()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client.ProposeCorridorAsync(
            new ProposeCorridorRequest { ProposingMember = "SG", PartnerMember = "MY", MaxStayDays = 14, Purposes = { TravelPurpose.Official } },
            fixture.Node.As(CorridorRoles.Observer)).ResponseAsync, "ROLE_NOT_ALLOWED");
    }

    [Fact]
    public async Task A_token_reused_for_many_calls_keeps_its_own_caller_and_a_tampered_copy_is_refused()
    {
        var sg = fixture.Node.Token(CorridorRoles.MemberAdmin, "SG");
        var my = fixture.Node.Token(CorridorRoles.MemberAdmin, "MY");
        var propose = new ProposeCorridorRequest { ProposingMember = "MY", PartnerMember = "BN", MaxStayDays = 14, Purposes = { TravelPurpose.Official } };

        // Verified tokens are remembered: every call after the first is served from memory, each with its own caller.
        for (var i = 0; i < 3; i++)
        {
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client.ProposeCorridorAsync(propose, Bearer(sg)).ResponseAsync, "NOT_YOUR_MEMBER");
        }
        var proposed = await Client.ProposeCorridorAsync(propose, Bearer(my));
        var tampered = sg[..^4] + (sg[^4] == 'A' ? "B" : "A") + sg[^3..];

        Assert.Equal("MY", proposed.Corridor.ProposingMember);
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.ProposeCorridorAsync(propose, Bearer(tampered)).ResponseAsync);
    }
}
