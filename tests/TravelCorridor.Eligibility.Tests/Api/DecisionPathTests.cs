using TravelCorridor.Testing;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>Every way EvaluateEligibility can decide, on SG's rule set of <see cref="DecisionNodeFixture"/>.</summary>
public sealed class DecisionPathTests(DecisionNodeFixture fixture) : IClassFixture<DecisionNodeFixture>
{
    [Fact]
    public async Task A_traveller_meeting_every_rule_is_cleared_with_every_rule_listed()
    {
        var decision = await fixture.DecideAsync(Travellers.BusinessTrip());

        Assert.Equal(DecisionOutcome.Cleared, decision.Outcome);
        Assert.Empty(decision.Reasons);
        Assert.Equal(["GR-SG-0001", "GR-SG-0002", "GR-SG-0003", "GR-SG-0004", "GR-SG-0005"], decision.RuleResults.Select(r => r.Identifier));
        Assert.Equal(1, decision.RuleSetVersion);
        Assert.Equal("SG", decision.RuleSetMember);
        Assert.True(decision.MembershipSequence > 0);
        Assert.Equal(Travellers.BusinessTrip().Trip.ArrivalTime, decision.EvaluatedAt);
    }

    [Fact]
    public async Task A_failed_deny_rule_denies()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.StayDays = 12;

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        var rule = decision.RuleResults.Single(r => r.Identifier == "GR-SG-0001");
        Assert.Equal(RuleResultKind.Failed, rule.Result);
        Assert.Equal(RuleFailureOutcome.Deny, rule.FailureOutcome);
    }

    [Fact]
    public async Task A_failed_refer_rule_refers()
    {
        var application = Travellers.BusinessTrip();
        application.Health.Vaccinations.Clear();

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(DecisionOutcome.Referred, decision.Outcome);
        Assert.Equal(RuleResultKind.Failed, decision.RuleResults.Single(r => r.Identifier == "GR-SG-0002").Result);
    }

    [Fact]
    public async Task A_rule_that_cannot_be_evaluated_refers_and_never_clears()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.ControlledItinerary = false;

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(DecisionOutcome.Referred, decision.Outcome);
        var rule = decision.RuleResults.Single(r => r.Identifier == "GR-SG-0005");
        Assert.Equal(RuleResultKind.Error, rule.Result);
        Assert.NotEmpty(rule.Error);
    }

    [Fact]
    public async Task A_failed_deny_rule_outweighs_an_error()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.ControlledItinerary = false;
        application.Trip.StayDays = 12;

        Assert.Equal(DecisionOutcome.Denied, (await fixture.DecideAsync(application)).Outcome);
    }

    [Fact]
    public async Task Rules_for_other_origins_and_purposes_are_not_applicable()
    {
        var decision = await fixture.DecideAsync(Travellers.BusinessTrip());

        Assert.Equal(RuleResultKind.NotApplicable, decision.RuleResults.Single(r => r.Identifier == "GR-SG-0003").Result);
        Assert.Equal(RuleResultKind.NotApplicable, decision.RuleResults.Single(r => r.Identifier == "GR-SG-0004").Result);
        Assert.Equal(RuleResultKind.Passed, decision.RuleResults.Single(r => r.Identifier == "GR-SG-0001").Result);
    }

    [Fact]
    public async Task A_rule_for_the_trips_purpose_is_evaluated()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.Purpose = TravelPurpose.Official;

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(RuleResultKind.Passed, decision.RuleResults.Single(r => r.Identifier == "GR-SG-0004").Result);
    }

    [Fact]
    public async Task Descriptions_come_in_the_requested_language_or_else_in_English()
    {
        var malay = await fixture.DecideAsync(Travellers.BusinessTrip(), "ms");
        var vietnamese = await fixture.DecideAsync(Travellers.BusinessTrip(), "vi");

        var stayInMalay = malay.RuleResults.Single(r => r.Identifier == "GR-SG-0001");
        Assert.Equal(("ms", "Tempoh tinggal tidak melebihi 10 hari"), (stayInMalay.DescriptionLanguage, stayInMalay.Description));
        Assert.Equal("en", malay.RuleResults.Single(r => r.Identifier == "GR-SG-0002").DescriptionLanguage);
        var stayFallback = vietnamese.RuleResults.Single(r => r.Identifier == "GR-SG-0001");
        Assert.Equal(("en", "The stay is at most 10 days"), (stayFallback.DescriptionLanguage, stayFallback.Description));
    }

    [Fact]
    public async Task A_suspended_member_denies_before_any_rule()
    {
        var decision = await fixture.DecideAsync(Travellers.BusinessTrip(origin: "TH"));

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(["MEMBER_SUSPENDED"], decision.Reasons.Select(r => r.Code));
        Assert.Empty(decision.RuleResults);
        Assert.Equal(-1, decision.RuleSetVersion);
    }

    [Fact]
    public async Task No_corridor_between_the_members_denies()
    {
        var decision = await fixture.DecideAsync(Travellers.BusinessTrip(origin: "ID"));

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(["CORRIDOR_NOT_OPEN"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public async Task A_purpose_the_corridor_does_not_cover_denies()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.Purpose = TravelPurpose.Tourism;

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(["PURPOSE_NOT_COVERED"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public async Task A_stay_longer_than_the_corridor_allows_denies()
    {
        var application = Travellers.BusinessTrip();
        application.Trip.StayDays = 20;

        var decision = await fixture.DecideAsync(application);

        Assert.Equal(["STAY_TOO_LONG"], decision.Reasons.Select(r => r.Code));
        Assert.Contains("14", decision.Reasons[0].Message);
    }

    [Fact]
    public async Task The_same_application_gets_the_same_decision_from_the_published_set_and_from_testing_it()
    {
        var application = Travellers.BusinessTrip();
        application.Health.Vaccinations.Clear();
        var document = RuleSetDocuments.Document("SG", 1, DateTimeOffset.UtcNow.AddMinutes(1), DecisionNodeFixture.Rules(),
            new System.Text.Json.Nodes.JsonObject { ["accepted-test-types"] = new System.Text.Json.Nodes.JsonArray("PCR") });

        var tested = await fixture.Eligibility.TestRuleSetAsync(new V1.TestRuleSetRequest
        {
            RuleSetJson = document,
            Cases = { new V1.RuleSetTestCase { Name = "no vaccination", Application = application, ExpectedOutcome = DecisionOutcome.Referred } },
        }, fixture.Node.As(Hosting.Security.CorridorRoles.Observer));
        var evaluated = await fixture.DecideAsync(application);

        Assert.Equal(0, tested.FailedCases);
        Assert.True(tested.Results[0].MetExpectation);
        Assert.Equal(evaluated.RuleResults, tested.Results[0].Decision.RuleResults);
        Assert.Equal(evaluated.Outcome, tested.Results[0].Decision.Outcome);
    }
}
