namespace TravelCorridor.Decisions.Tests.Baseline;

public class CompliantTravellerTests
{
    [Fact]
    public void A_sponsored_business_traveller_with_a_recent_negative_PCR_test_passes_every_rule()
    {
        var context = Traveller.Compliant();

        Assert.All(RuleCheck.All, rule => Assert.True(RuleCheck.Passes(rule, context), $"{rule.Identifier} failed"));
    }

    [Fact]
    public void An_official_traveller_on_a_diplomatic_passport_passes_every_rule()
    {
        var context = Traveller.Compliant()
            .With("payload.trip.purpose", "OFFICIAL")
            .With("payload.traveller.document.type", "DIPLOMATIC_PASSPORT")
            .With("payload.sponsor.organisation", "Ministry of Foreign Affairs Malaysia")
            .Without("payload.sponsor.reference")
            .With("payload.insurance", null);

        Assert.All(RuleCheck.All, rule => Assert.True(RuleCheck.Passes(rule, context), $"{rule.Identifier} failed"));
    }
}
