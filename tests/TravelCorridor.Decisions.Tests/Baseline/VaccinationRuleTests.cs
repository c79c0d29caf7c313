using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.Tests.Baseline;

public class VaccinationRuleTests
{
    private const string Rule = "GR-SG-0007";

    [Fact]
    public void One_vaccination_record_passes()
    {
        var dose = new JsonObject { ["product"] = "EU/1/20/1528", ["doseNumber"] = 1, ["totalDoses"] = 2, ["date"] = "2026-05-01" };

        Assert.True(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health.vaccinations", new JsonArray(dose))));
    }

    [Fact]
    public void No_vaccinations_fail_so_an_officer_decides() =>
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health.vaccinations", new JsonArray())));

    [Fact]
    public void Missing_health_data_fails_rather_than_erring()
    {
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().Without("payload.health.vaccinations")));
        Assert.False(RuleCheck.Passes(Rule, Traveller.Compliant().With("payload.health", null)));
    }
}
