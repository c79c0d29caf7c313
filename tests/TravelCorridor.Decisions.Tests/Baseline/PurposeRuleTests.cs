namespace TravelCorridor.Decisions.Tests.Baseline;

public class PurposeRuleTests
{
    private const string Rule = "GR-SG-0001";

    [Theory]
    [InlineData("ESSENTIAL_BUSINESS")]
    [InlineData("OFFICIAL")]
    public void Essential_business_and_official_travel_pass(string purpose) =>
        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.purpose", purpose)));

    [Theory]
    [InlineData("TOURISM")]
    [InlineData("STUDY")]
    [InlineData("MEDICAL")]
    [InlineData("HUMANITARIAN")]
    [InlineData("essential_business")]
    public void Any_other_purpose_fails(string purpose) =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.purpose", purpose)));

    [Fact]
    public void An_application_without_a_purpose_fails() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.trip.purpose")));

    [Fact]
    public void A_rule_set_without_the_purposes_value_set_fails_the_traveller_rather_than_erring() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("external.valueSets.rgl-purposes")));
}
