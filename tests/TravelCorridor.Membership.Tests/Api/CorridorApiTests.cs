using TravelCorridor.Type.V1;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

public sealed class CorridorApiTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    private CallOptions AdminOf(string member) => fixture.Node.As(CorridorRoles.MemberAdmin, member);

    private static ProposeCorridorRequest Proposal(string from, string to) => new()
    {
        ProposingMember = from,
        PartnerMember = to,
        Purposes = { TravelPurpose.EssentialBusiness, TravelPurpose.Official },
        MaxStayDays = 14,
    };

    [Fact]
    public async Task A_corridor_opens_when_the_partner_accepts_and_is_then_usable()
    {
        var proposed = await Client.ProposeCorridorAsync(Proposal("SG", "MY"), AdminOf("SG"));
        Assert.Equal("MY-SG", proposed.Corridor.CorridorId);
        Assert.Equal(CorridorStatus.Proposed, proposed.Corridor.Status);
        Assert.False(proposed.Corridor.Usable);

        var opened = await Client.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "SG-MY", AcceptingMember = "MY" }, AdminOf("MY"));
        Assert.Equal(CorridorStatus.Open, opened.Corridor.Status);
        Assert.True(opened.Corridor.Usable);
        Assert.Equal([TravelPurpose.EssentialBusiness, TravelPurpose.Official], opened.Corridor.Purposes);

        var listed = await Client.ListCorridorsAsync(new ListCorridorsRequest { Member = "MY" });
        Assert.Contains(listed.Corridors, c => c.CorridorId == "MY-SG" && c.Usable);
    }

    [Fact]
    public async Task An_open_corridor_is_unusable_while_one_member_is_suspended()
    {
        await Client.ProposeCorridorAsync(Proposal("SG", "BN"), AdminOf("SG"));
        await Client.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "BN-SG", AcceptingMember = "BN" }, AdminOf("BN"));
        await Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "BN", Reason = "test" },
            fixture.Node.As(CorridorRoles.CorridorAdmin));

        var corridor = (await Client.GetCorridorAsync(new GetCorridorRequest { CorridorId = "BN-SG" })).Corridor;
        Assert.Equal(CorridorStatus.Open, corridor.Status);
        Assert.False(corridor.Usable);
    }

    [Fact]
    public async Task The_proposer_cannot_accept_its_own_proposal()
    {
        await Client.ProposeCorridorAsync(Proposal("TH", "VN"), AdminOf("TH"));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Client.AcceptCorridorAsync(
            new AcceptCorridorRequest { CorridorId = "TH-VN", AcceptingMember = "TH" }, AdminOf("TH")).ResponseAsync,
            "CONSENT_NEEDED_FROM_PARTNER");
    }

    [Fact]
    public async Task A_member_admin_cannot_propose_for_another_member()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied,
            () => Client.ProposeCorridorAsync(Proposal("ID", "PH"), AdminOf("SG")).ResponseAsync, "NOT_YOUR_MEMBER");
    }

    [Fact]
    public async Task A_member_outside_the_corridor_cannot_suspend_it()
    {
        await Client.ProposeCorridorAsync(Proposal("ID", "PH"), AdminOf("ID"));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client.SuspendCorridorAsync(
            new SuspendCorridorRequest { CorridorId = "ID-PH", SuspendingMember = "KH", Reason = "x" }, AdminOf("KH")).ResponseAsync,
            "NOT_A_CORRIDOR_MEMBER");
    }

    [Fact]
    public async Task Either_member_suspends_and_the_corridor_can_be_proposed_again()
    {
        await Client.ProposeCorridorAsync(Proposal("LA", "KH"), AdminOf("LA"));
        await Client.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "KH-LA", AcceptingMember = "KH" }, AdminOf("KH"));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition,
            () => Client.ProposeCorridorAsync(Proposal("KH", "LA"), AdminOf("KH")).ResponseAsync, "CORRIDOR_EXISTS");

        var suspended = await Client.SuspendCorridorAsync(
            new SuspendCorridorRequest { CorridorId = "KH-LA", SuspendingMember = "KH", Reason = "outbreak" }, AdminOf("KH"));
        Assert.Equal(CorridorStatus.Suspended, suspended.Corridor.Status);
        Assert.Equal("outbreak", suspended.Corridor.StatusReason);

        var again = await Client.ProposeCorridorAsync(Proposal("KH", "LA"), AdminOf("KH"));
        Assert.Equal(CorridorStatus.Proposed, again.Corridor.Status);
        Assert.Equal("KH", again.Corridor.ProposingMember);
        Assert.Equal(4, again.Corridor.Version);
    }

    [Fact]
    public async Task A_malformed_proposal_reports_every_field()
    {
        var request = new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "SG", MaxStayDays = 0, Purposes = { TravelPurpose.Unspecified, (TravelPurpose)99 },
        };
        await RpcAssert.RejectsFields(() => Client.ProposeCorridorAsync(request, AdminOf("SG")).ResponseAsync,
            "partner_member", "purposes[0]", "purposes[1]", "max_stay_days");
    }

    [Fact]
    public async Task A_proposal_to_an_unknown_member_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Client.ProposeCorridorAsync(Proposal("SG", "JP"), AdminOf("SG")).ResponseAsync, "MEMBER_NOT_FOUND");
    }

    [Fact]
    public async Task An_unknown_corridor_is_not_found_and_a_malformed_id_is_invalid()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound,
            () => Client.GetCorridorAsync(new GetCorridorRequest { CorridorId = "MM-TL" }).ResponseAsync, "CORRIDOR_NOT_FOUND");
        await RpcAssert.RejectsFields(() => Client.GetCorridorAsync(new GetCorridorRequest { CorridorId = "SG" }).ResponseAsync, "corridor_id");
    }
}
