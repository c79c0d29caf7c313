namespace TravelCorridor.Decisions.Tests.Baseline;

// The compliant traveller arrives at 2026-12-01T09:30:00Z; a document is valid through its expiry date.
public class DocumentValidityRuleTests
{
    private const string Rule = "GR-SG-0006";

    [Theory]
    [InlineData("2027-06-01")] // exactly 6 months after the day of arrival
    [InlineData("2027-06-02")]
    [InlineData("2035-12-31")]
    public void A_document_valid_on_the_day_6_months_after_arrival_passes(string expiry) =>
        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.traveller.document.expiryDate", expiry)));

    [Theory]
    [InlineData("2027-05-31")] // one day short
    [InlineData("2026-12-31")]
    [InlineData("2026-11-30")] // already expired
    public void A_document_expiring_sooner_fails(string expiry) =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.traveller.document.expiryDate", expiry)));

    [Theory]
    [InlineData("2026-12-01T00:00:00Z")]
    [InlineData("2026-12-01T23:59:59.999Z")]
    public void The_time_of_day_of_arrival_does_not_matter(string arrival)
    {
        var context = Traveller.Compliant().With("payload.trip.arrivalTime", arrival);

        Assert.True(RuleCheck.Passes(Rule, context.With("payload.traveller.document.expiryDate", "2027-06-01")));
        Assert.False(RuleCheck.Passes(Rule, context.With("payload.traveller.document.expiryDate", "2027-05-31")));
    }

    [Fact]
    public void Six_months_after_an_arrival_on_the_31st_counts_on_past_a_shorter_month()
    {
        // CertLogic adds months as JavaScript does: 31 August + 6 months is "31 February", i.e. 3 March 2027.
        var context = Traveller.Compliant().With("payload.trip.arrivalTime", "2026-08-31T10:00:00Z");

        Assert.False(RuleCheck.Passes(Rule, context.With("payload.traveller.document.expiryDate", "2027-03-02")));
        Assert.True(RuleCheck.Passes(Rule, context.With("payload.traveller.document.expiryDate", "2027-03-03")));
    }

    [Fact]
    public void An_application_without_an_expiry_date_or_arrival_time_fails_rather_than_erring()
    {
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.traveller.document.expiryDate")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.trip.arrivalTime")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.traveller.document")));
    }
}
