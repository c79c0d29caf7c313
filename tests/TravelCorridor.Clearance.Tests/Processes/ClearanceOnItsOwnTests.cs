using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Processes;

/// <summary>
/// Clearance in a process of its own, without eligibility: it follows the rule sets of the eligibility
/// service it is given over WatchRuleSets, decides with the one in force, and after a restart while
/// eligibility and membership are down decides with what it saved.
/// </summary>
public sealed class ClearanceOnItsOwnTests
{
    [Fact]
    public async Task Clearance_decides_with_rule_sets_followed_over_WatchRuleSets_and_keeps_them_across_a_restart()
    {
        await using var services = await NodeProcess.StartAsync("SG", "membership,eligibility", new Dictionary<string, string>
        {
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        await using var clearance = await NodeProcess.StartAsync("SG", "clearance", new Dictionary<string, string>
        {
            ["Services:Membership:Address"] = services.Address.ToString(),
            ["Clearance:EligibilityAddress"] = services.Address.ToString(),
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        await Corridors.ProposeAndAcceptMySgAsync(services);
        // Until SG publishes, the clearance process decides with its own baseline seed, version 0.
        await Eventually.Until(async () => (await ClearAsync(clearance)).Decision is { RuleSetVersion: 0, Outcome: DecisionOutcome.Cleared },
            TimeSpan.FromSeconds(20));

        await ExampleRuleSet.PublishAsync(services);
        Decision? published = null;
        await Eventually.Until(async () => (published = (await ClearAsync(clearance)).Decision).RuleSetVersion == 1, TimeSpan.FromSeconds(20));
        await SavedSnapshot.ReachesAsync(clearance, published!.MembershipSequence);
        await services.KillAsync();
        await clearance.KillAsync();
        await clearance.StartAsync();
        var afterRestart = (await ClearAsync(clearance)).Decision;

        Assert.True(afterRestart.RuleSetVersion == 1, $"{afterRestart}\n{clearance.ConsoleLog}");
        Assert.Equal("SG", afterRestart.RuleSetMember);
        Assert.Contains(afterRestart.RuleResults, r => r.Identifier == "GR-SG-0001");
    }

    [Fact]
    public async Task A_followed_rule_set_whose_key_is_not_in_the_clearance_process_trust_list_is_refused_and_the_baseline_stays()
    {
        await using var services = await NodeProcess.StartAsync("SG", "membership,eligibility", new Dictionary<string, string>
        {
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        // Clearance reads its trust list from another membership, which never hears of the key.
        await using var otherMembership = await NodeProcess.StartAsync("SG", "membership");
        await using var clearance = await NodeProcess.StartAsync("SG", "clearance", new Dictionary<string, string>
        {
            ["Services:Membership:Address"] = otherMembership.Address.ToString(),
            ["Clearance:EligibilityAddress"] = services.Address.ToString(),
            ["Eligibility:SeedBaselineRules"] = "true",
            ["Eligibility:UnknownKeyGrace"] = "00:00:01",
        });
        await Corridors.ProposeAndAcceptMySgAsync(services);
        await Corridors.ProposeAndAcceptMySgAsync(otherMembership);

        await ExampleRuleSet.PublishAsync(services);
        await Eventually.Until(() => clearance.ConsoleLog.Contains("Refused rule set SG v1", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var decision = (await ClearAsync(clearance)).Decision;

        Assert.True(decision is { RuleSetVersion: 0, Outcome: DecisionOutcome.Cleared }, $"{decision}\n{clearance.ConsoleLog}");
        Assert.Contains("UnknownKey", clearance.ConsoleLog, StringComparison.Ordinal);
    }

    private static async Task<TravelCorridor.Clearance.V1.Clearance> ClearAsync(NodeProcess node) =>
        (await new ClearanceService.ClearanceServiceClient(node.Channel).ClearTravellerAsync(
            new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, node.As(CorridorRoles.BorderOfficer, "SG"))).Clearance;
}
