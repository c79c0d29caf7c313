using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Processes;

/// <summary>
/// Clearance in a process of its own (with eligibility), reading membership from another process: when
/// membership goes away, and even after clearance restarts while it is away, decisions go on from the last
/// membership state the clearance process saw and saved, and each records the sequence it used.
/// </summary>
public sealed class MembershipOutageTests
{
    [Fact]
    public async Task A_clearance_process_restarted_while_membership_is_down_decides_from_the_membership_it_saved()
    {
        await using var membership = await NodeProcess.StartAsync("SG", "membership");
        await using var clearance = await NodeProcess.StartAsync("SG", "eligibility,clearance", new Dictionary<string, string>
        {
            ["Services:Membership:Address"] = membership.Address.ToString(),
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        await Corridors.ProposeAndAcceptMySgAsync(membership);
        var eligibility = new EligibilityService.EligibilityServiceClient(clearance.Channel);
        await Eventually.Until(async () => (await eligibility.EvaluateEligibilityAsync(
            new EvaluateEligibilityRequest { Application = Travellers.BusinessTrip() },
            clearance.As(CorridorRoles.BorderOfficer, "SG"))).Decision.Outcome == DecisionOutcome.Cleared, TimeSpan.FromSeconds(20));
        var before = await ClearAsync(clearance);
        await SavedSnapshot.ReachesAsync(clearance, before.Decision.MembershipSequence);

        await membership.KillAsync();
        await clearance.KillAsync();
        await clearance.StartAsync();
        var after = await ClearAsync(clearance);

        Assert.Equal(DecisionOutcome.Cleared, before.Decision.Outcome);
        Assert.Equal(DecisionOutcome.Cleared, after.Decision.Outcome);
        Assert.Equal(before.Decision.MembershipSequence, after.Decision.MembershipSequence);
        Assert.Equal(before.Decision.RuleSetVersion, after.Decision.RuleSetVersion);
    }

    [Fact]
    public async Task A_clearance_process_whose_membership_database_was_recreated_loads_the_new_membership_whole()
    {
        await using var membership = await NodeProcess.StartAsync("SG", "membership");
        await using var clearance = await NodeProcess.StartAsync("SG", "eligibility,clearance", new Dictionary<string, string>
        {
            ["Services:Membership:Address"] = membership.Address.ToString(),
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        await Corridors.ProposeAndAcceptMySgAsync(membership);
        await Eventually.Until(async () => (await ClearAsync(clearance)).Decision.Outcome == DecisionOutcome.Cleared, TimeSpan.FromSeconds(20));

        // The membership database is lost and started empty: its change log (and MY-SG) are gone.
        await membership.KillAsync();
        foreach (var file in Directory.GetFiles(membership.DataDirectory, "membership.db*"))
        {
            File.Delete(file);
        }
        await membership.StartAsync();

        await Eventually.Until(async () => (await ClearAsync(clearance)).Decision.Outcome == DecisionOutcome.Denied, TimeSpan.FromSeconds(30));
        var decision = (await ClearAsync(clearance)).Decision;
        Assert.Contains(decision.Reasons, r => r.Code == "CORRIDOR_NOT_OPEN");
        Assert.Contains("loading its whole state again", clearance.ConsoleLog, StringComparison.Ordinal);
    }

    private static async Task<TravelCorridor.Clearance.V1.Clearance> ClearAsync(NodeProcess node) =>
        (await new ClearanceService.ClearanceServiceClient(node.Channel).ClearTravellerAsync(
            new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, node.As(CorridorRoles.BorderOfficer, "SG"))).Clearance;
}
