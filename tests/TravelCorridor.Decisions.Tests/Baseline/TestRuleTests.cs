using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.Tests.Baseline;

// The compliant traveller departs at 2026-12-01T08:00:00Z.
public class TestRuleTests
{
    private const string Rule = "GR-SG-0002";

    [Theory]
    [InlineData("2026-11-28T08:00:00Z")] // exactly 72 hours before departure
    [InlineData("2026-11-30T20:00:00Z")]
    [InlineData("2026-12-01T08:00:00Z")] // at departure
    [InlineData("2026-12-01T16:00:00+08:00")] // the same instant in Singapore time
    public void A_negative_PCR_sample_taken_within_the_72_hours_up_to_departure_passes(string sampleTime) =>
        Assert.True(Passes(Traveller.Test(sampleTime)));

    [Theory]
    [InlineData("2026-11-28T07:00:00Z")] // 73 hours before
    [InlineData("2026-11-28T07:59:59.999Z")] // a millisecond too early
    [InlineData("2026-12-01T08:00:00.001Z")] // a millisecond after departure
    [InlineData("2026-12-01T09:00:00Z")] // after departure, before arrival
    public void A_sample_taken_outside_the_window_fails(string sampleTime) =>
        Assert.False(Passes(Traveller.Test(sampleTime)));

    [Fact]
    public void A_positive_test_fails() =>
        Assert.False(Passes(Traveller.Test("2026-11-30T08:00:00Z", result: "POSITIVE")));

    [Fact]
    public void A_test_type_outside_the_accepted_value_set_fails() =>
        Assert.False(Passes(Traveller.Test("2026-11-30T08:00:00Z", type: "RAT")));

    [Fact]
    public void Adding_a_type_to_the_value_set_accepts_it_without_changing_the_rule()
    {
        var context = Traveller.Compliant()
            .With("payload.health.tests", new JsonArray(Traveller.Test("2026-11-30T08:00:00Z", type: "RAT")))
            .With("external.valueSets.accepted-test-types", new JsonArray("PCR", "RAT"));

        Assert.True(RuleCheck.Passes(Rule, context));
    }

    [Fact]
    public void One_good_test_among_failing_ones_is_enough_wherever_it_stands()
    {
        JsonObject[] failing =
        [
            Traveller.Test("2026-11-20T08:00:00Z"),
            Traveller.Test("2026-11-30T08:00:00Z", result: "POSITIVE"),
            Traveller.Test("2026-11-30T08:00:00Z", type: "RAT"),
        ];

        Assert.True(Passes([Traveller.Test("2026-11-30T08:00:00Z"), .. failing]));
        Assert.True(Passes([.. failing, Traveller.Test("2026-11-30T08:00:00Z")]));
        Assert.False(Passes(failing));
    }

    [Fact]
    public void No_test_at_all_fails() => Assert.False(Passes());

    [Fact]
    public void A_test_without_a_sample_time_fails()
    {
        var test = Traveller.Test("2026-11-30T08:00:00Z");
        test.Remove("sampleTime");

        Assert.False(Passes(test));
    }

    [Fact]
    public void A_test_without_a_type_or_result_fails()
    {
        var noType = Traveller.Test("2026-11-30T08:00:00Z");
        noType.Remove("type");
        var noResult = Traveller.Test("2026-11-30T08:00:00Z");
        noResult.Remove("result");

        Assert.False(Passes(noType));
        Assert.False(Passes(noResult));
    }

    [Fact]
    public void Missing_health_data_fails_rather_than_erring()
    {
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.health.tests")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health", new JsonObject())));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health", null)));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health.tests", new JsonArray(null, new JsonObject()))));
    }

    [Fact]
    public void An_application_without_a_departure_time_fails() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.trip.departureTime")));

    [Fact]
    public void A_rule_set_without_the_test_types_value_set_fails_the_traveller_rather_than_erring() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("external.valueSets.accepted-test-types")));

    private static bool Passes(params JsonObject[] tests) =>
        RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health.tests", new JsonArray([.. tests.Select(test => test.DeepClone())])));
}
