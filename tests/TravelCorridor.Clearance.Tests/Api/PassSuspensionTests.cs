using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// A pass stands only while what it relied on stands: suspending its corridor or a member of its trip after it
/// was issued makes it invalid, saying since when, exactly as a new clearance is then denied.
/// </summary>
public sealed class PassSuspensionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_pass_is_invalid_once_its_corridor_is_suspended_after_issue()
    {
        await using var node = await StartAsync();
        var clearance = new ClearanceService.ClearanceServiceClient(node.Channel);
        var pass = (await clearance.ClearTravellerAsync(new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, Officer(node))).Clearance.Pass;

        await node.Membership.SuspendCorridorAsync(new SuspendCorridorRequest { CorridorId = "MY-SG", SuspendingMember = "SG", Reason = "outbreak" },
            node.As(CorridorRoles.MemberAdmin, "SG"));

        VerifyClearancePassResponse? verdict = null;
        await Eventually.Until(async () =>
            (verdict = await clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = pass }, Officer(node))).Problem
                == PassProblem.CorridorSuspended, Deadline);
        var suspended = (await node.Membership.GetCorridorAsync(new GetCorridorRequest { CorridorId = "MY-SG" })).Corridor;
        Assert.Equal(suspended.StatusChangedAt, verdict!.SuspendedSince);
        var now = (await clearance.ClearTravellerAsync(new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, Officer(node))).Clearance;
        Assert.Equal(DecisionOutcome.Denied, now.Decision.Outcome);
    }

    [Fact]
    public async Task A_pass_is_invalid_once_a_member_of_its_trip_is_suspended_after_issue()
    {
        await using var node = await StartAsync();
        var clearance = new ClearanceService.ClearanceServiceClient(node.Channel);
        var pass = (await clearance.ClearTravellerAsync(new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, Officer(node))).Clearance.Pass;

        await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "MY", Reason = "Council decision" },
            node.As(CorridorRoles.CorridorAdmin));

        VerifyClearancePassResponse? verdict = null;
        await Eventually.Until(async () =>
            (verdict = await clearance.VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = pass }, Officer(node))).Problem
                == PassProblem.MemberSuspended, Deadline);
        Assert.Contains("MY was suspended", verdict!.Message);
        Assert.NotNull(verdict.SuspendedSince);
    }

    private static async Task<NodeHost> StartAsync()
    {
        var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "true" });
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        await PassesKeys.RegisterAsync(node);
        return node;
    }

    private static global::Grpc.Core.CallOptions Officer(NodeHost node) => node.As(CorridorRoles.BorderOfficer, "SG");
}
