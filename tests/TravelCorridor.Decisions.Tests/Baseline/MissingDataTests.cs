using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.Tests.Baseline;

public class MissingDataTests
{
    public static TheoryData<string> Contexts =>
    [
        "{}",
        """{ "payload": null, "external": null }""",
        """{ "payload": {}, "external": {} }""",
        """{ "payload": { "traveller": {}, "trip": {}, "sponsor": null, "health": { "tests": [], "vaccinations": [] }, "insurance": null }, "external": { "valueSets": {} } }""",
    ];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_rule_fails_on_missing_data_without_an_error(string context)
    {
        var data = JsonNode.Parse(context)!;

        Assert.All(RuleCheck.All, rule => Assert.False(RuleCheck.Passes(rule, data), $"{rule.Identifier} passed"));
    }

    [Fact]
    public void Only_the_rules_that_read_health_data_fail_when_there_is_none()
    {
        var context = Traveller.Compliant().With("payload.health", new JsonObject { ["tests"] = new JsonArray(), ["vaccinations"] = new JsonArray() });

        var failed = RuleCheck.All.Where(rule => !RuleCheck.Passes(rule, context)).Select(rule => rule.Identifier);

        Assert.Equal(["GR-SG-0002", "GR-SG-0007"], failed);
    }
}
