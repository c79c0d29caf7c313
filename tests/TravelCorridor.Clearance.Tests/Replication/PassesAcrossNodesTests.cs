using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Replication;

/// <summary>
/// SG decides, MY verifies: two nodes with databases of their own on one real broker. MY never saw the
/// decision; it knows SG's PASSES key from the trust list and SG's revocation from its event.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PassesAcrossNodesTests(RabbitMqBroker broker)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_pass_issued_on_one_node_verifies_on_another_until_its_revocation_arrives_there()
    {
        await using var sg = await StartAsync("SG");
        await using var my = await StartAsync("MY");
        await Corridors.OpenAsync(sg, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        await PassesKeys.RegisterAsync(sg);
        var passesKey = sg.Services.GetRequiredService<NodeClearanceKeys>().PassesKey.KeyId;
        await Eventually.Until(() => my.Services.GetRequiredService<IMembershipSnapshot>().FindKey("SG", passesKey) is not null, Deadline);

        var clearance = (await new ClearanceService.ClearanceServiceClient(sg.Channel).ClearTravellerAsync(
            new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, sg.As(CorridorRoles.BorderOfficer, "SG"))).Clearance;
        var onMy = new ClearanceService.ClearanceServiceClient(my.Channel);
        var verify = new VerifyClearancePassRequest { Pass = clearance.Pass };
        var before = await onMy.VerifyClearancePassAsync(verify, my.As(CorridorRoles.BorderOfficer, "MY"));
        // MY's officer checks the pass against the passport in front of them: MY never saw the application.
        var presentedOnMy = await onMy.VerifyClearancePassAsync(new VerifyClearancePassRequest
        {
            Pass = clearance.Pass, Presented = new PresentedDocument { Number = "A12345678", IssuingState = "MY", DateOfBirth = "1985-07-14" },
        }, my.As(CorridorRoles.BorderOfficer, "MY"));
        var anotherOnMy = await onMy.VerifyClearancePassAsync(new VerifyClearancePassRequest
        {
            Pass = clearance.Pass, Presented = new PresentedDocument { Number = "B98765432", IssuingState = "MY" },
        }, my.As(CorridorRoles.BorderOfficer, "MY"));

        await new ClearanceService.ClearanceServiceClient(sg.Channel).RevokeClearanceAsync(
            new RevokeClearanceRequest { ClearanceId = clearance.ClearanceId, Reason = "document reported stolen" }, sg.As(CorridorRoles.BorderOfficer, "SG"));

        Assert.Equal(DecisionOutcome.Cleared, clearance.Decision.Outcome);
        Assert.True(before.Valid, before.Message);
        Assert.Equal("SG", before.Claims.Issuer);
        Assert.False(before.HolderChecked);
        Assert.Equal(PassProblem.Unspecified, presentedOnMy.Problem);
        Assert.True(presentedOnMy.HolderChecked);
        Assert.Equal(PassProblem.HolderMismatch, anotherOnMy.Problem);
        await Eventually.Until(async () =>
            (await onMy.VerifyClearancePassAsync(verify, my.As(CorridorRoles.BorderOfficer, "MY"))).Problem == PassProblem.Revoked, Deadline);
    }

    [Fact]
    public async Task A_node_cannot_revoke_another_node_s_clearance()
    {
        await using var sg = await StartAsync("SG");
        await Corridors.OpenAsync(sg, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        var clearance = (await new ClearanceService.ClearanceServiceClient(sg.Channel).ClearTravellerAsync(
            new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, sg.As(CorridorRoles.BorderOfficer, "SG"))).Clearance;

        await RpcAssert.FailsWith(global::Grpc.Core.StatusCode.PermissionDenied, () => new ClearanceService.ClearanceServiceClient(sg.Channel).RevokeClearanceAsync(
            new RevokeClearanceRequest { ClearanceId = clearance.ClearanceId, Reason = "not mine" }, sg.As(CorridorRoles.BorderOfficer, "MY")).ResponseAsync,
            "NOT_YOUR_MEMBER");
    }

    private Task<NodeHost> StartAsync(string member) =>
        NodeHost.StartAsync(member, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Membership:Secretariat"] = "SG",
            ["Eligibility:SeedBaselineRules"] = "true",
        });
}
