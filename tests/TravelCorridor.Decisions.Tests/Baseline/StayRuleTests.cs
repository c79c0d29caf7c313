namespace TravelCorridor.Decisions.Tests.Baseline;

public class StayRuleTests
{
    private const string Rule = "GR-SG-0003";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(14)]
    public void A_stay_of_up_to_14_days_passes(int days) =>
        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.stayDays", days)));

    [Theory]
    [InlineData(15)]
    [InlineData(3650)]
    public void A_stay_of_15_days_or_more_fails(int days) =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.stayDays", days)));

    [Fact]
    public void A_negative_stay_fails() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.stayDays", -1)));

    [Fact]
    public void An_application_without_a_stay_fails_rather_than_erring()
    {
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.trip.stayDays")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.stayDays", null)));
    }
}
