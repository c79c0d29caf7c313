namespace TravelCorridor.Decisions.Tests.Baseline;

public class DaysInOriginRuleTests
{
    private const string Rule = "GR-SG-0005";

    [Theory]
    [InlineData(14)]
    [InlineData(365)]
    public void Fourteen_days_or_more_in_the_origin_pass(int days) =>
        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.daysInOriginBeforeDeparture", days)));

    [Theory]
    [InlineData(13)]
    [InlineData(1)]
    [InlineData(0)]
    public void Fewer_than_14_days_in_the_origin_fail(int days) =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.trip.daysInOriginBeforeDeparture", days)));

    [Fact]
    public void An_application_without_the_days_in_the_origin_fails_rather_than_erring() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.trip.daysInOriginBeforeDeparture")));
}
