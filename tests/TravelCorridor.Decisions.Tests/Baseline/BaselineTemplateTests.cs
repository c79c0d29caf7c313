using System.Text.Json.Nodes;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.Tests.Baseline;

public class BaselineTemplateTests
{
    public static TheoryData<string> Members => ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"];

    [Fact]
    public void The_template_is_an_unpublished_version_0_for_the_placeholder_member()
    {
        var document = BaselineTemplate.Document();

        Assert.Equal(["member", "version", "validFrom", "rules", "valueSets"], document.Select(p => p.Key));
        Assert.Equal("XX", document["member"]!.GetValue<string>());
        Assert.Equal(0, document["version"]!.GetValue<int>());
        Assert.Equal("2020-01-01T00:00:00Z", document["validFrom"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Every_rule_parses_strictly_for_every_member_without_problems_or_warnings(string member)
    {
        foreach (var rule in BaselineTemplate.For(member)["rules"]!.AsArray())
        {
            var result = RuleEnvelopeParser.Parse(rule!.ToJsonString(), strict: true);

            Assert.True(result.IsValid, string.Join("; ", result.Problems));
            Assert.Empty(result.Warnings);
            Assert.Equal(member, result.Rule!.Country);
            Assert.StartsWith($"GR-{member}-", result.Rule.Identifier, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_placeholder_appears_only_where_the_loader_replaces_it()
    {
        var text = BaselineTemplate.For("SG").ToJsonString();

        Assert.DoesNotContain(BaselineTemplate.Placeholder, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seven_rules_are_numbered_in_order_with_common_envelope_values()
    {
        var rules = BaselineTemplate.Rules("SG").Values.ToList();

        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"GR-SG-{n:0000}"), rules.Select(r => r.Identifier));
        Assert.All(rules, rule =>
        {
            Assert.Equal(RuleType.Acceptance, rule.Type);
            Assert.Equal("General", rule.CertificateType);
            Assert.Equal("1.0.0", rule.Version.ToString());
            Assert.Equal("1.0.0", rule.SchemaVersion.ToString());
            Assert.Equal("1.0.0", rule.EngineVersion.ToString());
            Assert.Equal(DateTimeOffset.Parse("2020-01-01T00:00:00Z"), rule.ValidFrom);
            Assert.Equal(DateTimeOffset.Parse("2100-01-01T00:00:00Z"), rule.ValidTo);
            Assert.Empty(rule.Origins);
            Assert.Empty(rule.Purposes);
            Assert.Equal(["en"], rule.Description.Select(d => d.Lang));
        });
    }

    [Fact]
    public void Only_the_vaccination_rule_refers_the_traveller_and_every_other_rule_denies()
    {
        var rules = BaselineTemplate.Rules("SG");

        Assert.Equal(RuleOutcome.Refer, rules["GR-SG-0007"].Outcome);
        Assert.All(rules.Values.Where(r => r.Identifier != "GR-SG-0007"), rule => Assert.Equal(RuleOutcome.Deny, rule.Outcome));
    }

    [Fact]
    public void The_value_sets_hold_the_Reciprocal_Green_Lane_purposes_and_test_types()
    {
        var valueSets = BaselineTemplate.ValueSets();

        Assert.Equal(["ESSENTIAL_BUSINESS", "OFFICIAL"], valueSets["rgl-purposes"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["PCR"], valueSets["accepted-test-types"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Every_payload_field_a_rule_reads_is_listed_in_its_affected_fields()
    {
        foreach (var rule in BaselineTemplate.Rules("SG").Values)
        {
            var read = PayloadPaths(JsonNode.Parse(rule.Logic.GetRawText())!).ToList();

            Assert.NotEmpty(read);
            Assert.All(read, path => Assert.Contains(path, rule.AffectedFields));
        }
    }

    private static IEnumerable<string> PayloadPaths(JsonNode node) => node switch
    {
        JsonObject obj when obj["var"] is JsonValue v && v.GetValue<string>() is var path =>
            path.StartsWith("payload.", StringComparison.Ordinal) ? [path["payload.".Length..]] : [],
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : PayloadPaths(p.Value)),
        JsonArray array => array.SelectMany(item => item is null ? [] : PayloadPaths(item)),
        _ => [],
    };
}
