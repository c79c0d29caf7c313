using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>The baseline every member gets until it publishes: the Reciprocal Green Lanes' terms, version 0, local and unsigned.</summary>
public sealed class BaselineSeedTests
{
    [Fact]
    public async Task Every_member_has_the_baseline_until_it_publishes_and_a_published_set_replaces_it()
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Eligibility:SeedBaselineRules"] = "true",
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
        });
        var eligibility = new EligibilityService.EligibilityServiceClient(node.Channel);
        await Corridors.OpenAsync(node, "SG", "MY");

        var seeds = await Task.WhenAll(new[] { "SG", "VN", "TL" }.Select(async m =>
            (await eligibility.GetRuleSetAsync(new GetRuleSetRequest { Member = m, Latest = true })).RuleSet));
        var cleared = await DecideAsync(node, eligibility, Travellers.BusinessTrip());
        var unvaccinated = Travellers.BusinessTrip();
        unvaccinated.Health.Vaccinations.Clear();
        var referred = await DecideAsync(node, eligibility, unvaccinated);
        var unsponsored = Travellers.BusinessTrip();
        unsponsored.Trip.PointOfEntry = "";
        unsponsored.Sponsor = null;

        Assert.All(seeds, s => Assert.True(s.Seed && s.Version == 0 && s.SignedRuleSet == "" && s.Rules.Count == 7));
        Assert.All(seeds, s => Assert.All(s.Rules, r => Assert.Contains($"-{s.Member}-", r.Identifier)));
        Assert.Equal(DecisionOutcome.Cleared, cleared.Outcome);
        Assert.Equal(0, cleared.RuleSetVersion);
        Assert.Equal(DecisionOutcome.Referred, referred.Outcome);
        Assert.Equal(DecisionOutcome.Denied, (await DecideAsync(node, eligibility, unsponsored)).Outcome);
        var readmeExample = Google.Protobuf.JsonParser.Default.Parse<EvaluateEligibilityRequest>(
            await File.ReadAllTextAsync(Path.Combine(NodeScript.RepositoryRoot(), "docs", "examples", "evaluate-eligibility.json")));
        var example = (await eligibility.EvaluateEligibilityAsync(readmeExample, node.As(CorridorRoles.BorderOfficer, "SG"))).Decision;
        Assert.Equal(DecisionOutcome.Cleared, example.Outcome);

        var snapshot = node.Services.GetRequiredService<IMembershipSnapshot>();
        var author = new RuleSetAuthor("SG", "sg-rules-seed");
        await author.RegisterAsync(node);
        await Eventually.Until(() => snapshot.Current.FindKey("SG", author.KeyId) is not null, TimeSpan.FromSeconds(10));
        await eligibility.PublishRuleSetAsync(new PublishRuleSetRequest
        {
            SignedRuleSet = author.Sign(RuleSetDocuments.Document("SG", 1, DateTimeOffset.UtcNow.AddMinutes(1), [RuleSetDocuments.StayAtMost("SG", 1, 14)])),
        }, node.As(CorridorRoles.MemberAdmin, "SG"));

        var afterPublishing = await DecideAsync(node, eligibility, unvaccinated);
        Assert.Equal((DecisionOutcome.Cleared, 1L), (afterPublishing.Outcome, afterPublishing.RuleSetVersion));
        Assert.Equal([1L, 0L], (await eligibility.ListRuleSetVersionsAsync(new ListRuleSetVersionsRequest { Member = "SG" })).Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task Without_seeding_a_member_that_published_nothing_is_referred_to_an_officer()
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "false" });
        var eligibility = new EligibilityService.EligibilityServiceClient(node.Channel);
        await Corridors.OpenAsync(node, "SG", "MY");

        var decision = await DecideAsync(node, eligibility, Travellers.BusinessTrip());

        Assert.Equal(DecisionOutcome.Referred, decision.Outcome);
        Assert.Equal(["NO_ACTIVE_RULE_SET"], decision.Reasons.Select(r => r.Code));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => eligibility.GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Latest = true }).ResponseAsync);
    }

    private static async Task<Decision> DecideAsync(NodeHost node, EligibilityService.EligibilityServiceClient client, TravellerApplication application) =>
        (await client.EvaluateEligibilityAsync(new EvaluateEligibilityRequest { Application = application }, node.As(CorridorRoles.Observer))).Decision;
}
