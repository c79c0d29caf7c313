using TravelCorridor.Type.V1;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

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
}
