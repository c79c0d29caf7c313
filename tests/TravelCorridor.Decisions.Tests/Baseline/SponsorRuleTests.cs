using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.Tests.Baseline;

public class SponsorRuleTests
{
    private const string Rule = "GR-SG-0004";

    [Fact]
    public void A_sponsoring_organisation_passes_even_without_a_reference() =>
        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.sponsor.reference")));

    [Fact]
    public void An_absent_sponsor_fails() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.sponsor", null)));

    [Fact]
    public void A_sponsor_without_an_organisation_fails()
    {
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.sponsor.organisation")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.sponsor", new JsonObject())));
    }

    [Fact]
    public void A_payload_with_no_sponsor_field_at_all_fails() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.sponsor")));
}
