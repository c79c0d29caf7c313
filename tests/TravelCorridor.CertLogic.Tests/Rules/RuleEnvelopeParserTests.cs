using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.CertLogic.Tests.Rules;

public sealed class RuleEnvelopeParserTests
{
    internal const string ValidRule = """
        {
          "Identifier": "VR-SG-0001",
          "Type": "Acceptance",
          "Country": "SG",
          "Version": "1.10.0",
          "SchemaVersion": "1.0.0",
          "Engine": "CERTLOGIC",
          "EngineVersion": "1.3.3",
          "CertificateType": "Vaccination",
          "Description": [
            { "lang": "en", "desc": "The vaccination must be at least 14 days old." },
            { "lang": "ms", "desc": "Vaksinasi mestilah sekurang-kurangnya 14 hari." }
          ],
          "ValidFrom": "2025-01-01T00:00:00Z",
          "ValidTo": "2030-01-01T00:00:00+08:00",
          "AffectedFields": [ "v.0", "v.0.dt" ],
          "Logic": { "if": [ { "var": "payload.v.0" },
            { "not-after": [ { "plusTime": [ { "var": "payload.v.0.dt" }, 14, "day" ] }, { "plusTime": [ { "var": "external.validationClock" }, 0, "day" ] } ] },
            true ] },
          "Outcome": "REFER",
          "Origins": [ "MY", "TH" ],
          "Purposes": [ "business" ]
        }
        """;

    [Fact]
    public void A_valid_rule_is_parsed_with_its_extensions_and_compiled_logic()
    {
        var rule = RuleEnvelopeParser.Parse(ValidRule).GetRuleOrThrow();

        Assert.Equal("VR-SG-0001", rule.Identifier);
        Assert.Equal(new RuleVersion(1, 10, 0), rule.Version);
        Assert.True(rule.Version > new RuleVersion(1, 9, 3));
        Assert.Equal(RuleOutcome.Refer, rule.Outcome);
        Assert.Equal(["MY", "TH"], rule.Origins);
        Assert.Equal("Vaksinasi mestilah sekurang-kurangnya 14 hari.", rule.DescriptionIn("ms"));
        Assert.Equal("The vaccination must be at least 14 days old.", rule.DescriptionIn("th"));
        Assert.True(rule.CompiledLogic.Passes(CertLogicValue.Parse("""
            {"payload":{"v":[{"dt":"2025-03-01"}]},"external":{"validationClock":"2025-03-15T00:00:00Z"}}
            """)));
    }

    [Fact]
    public void Outcome_defaults_to_deny_and_certificate_type_is_optional()
    {
        var json = ValidRule.Replace("\"Outcome\": \"REFER\",", "", StringComparison.Ordinal)
            .Replace("\"CertificateType\": \"Vaccination\",", "", StringComparison.Ordinal);

        var rule = RuleEnvelopeParser.Parse(json).GetRuleOrThrow();

        Assert.Equal(RuleOutcome.Deny, rule.Outcome);
        Assert.Null(rule.CertificateType);
    }

    [Fact]
    public void Every_envelope_problem_is_reported_at_once_with_its_path()
    {
        var result = RuleEnvelopeParser.Parse("""
            {
              "Identifier": "TR-MY-0001",
              "Type": "Invalidation",
              "Country": "sg",
              "Version": "1.0",
              "SchemaVersion": "1.0.0",
              "Engine": "JSONLOGIC",
              "EngineVersion": "1.0.0",
              "CertificateType": "Vaccination",
              "Description": [ { "lang": "ms", "desc": "" } ],
              "ValidFrom": "2030-01-01T00:00:00Z",
              "ValidTo": "2025-01-01T00:00:00Z",
              "AffectedFields": [],
              "Logic": { "and": [ { "var": "payload.v" }, { "foo": [] } ] },
              "Outcome": "WARN",
              "outcome": "REFER"
            }
            """);

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                "$.outcome: is not a rule field (names are case-sensitive)",
                "$.Country: must be an ISO 3166-1 alpha-2 code in capitals, but is \"sg\"",
                "$.Version: must be a semantic version major.minor.patch, but is \"1.0\"",
                "$.Engine: must be \"CERTLOGIC\", but is \"JSONLOGIC\"",
                "$.Description[0].desc: must be a non-empty string",
                "$.Description: must include an English (\"en\") description",
                "$.AffectedFields: must have at least one entry",
                "$.Outcome: must be one of DENY, REFER, but is \"WARN\"",
                "$.Logic.and[1]: unrecognised operator: \"foo\"",
                "$.ValidTo: must be after ValidFrom (2030-01-01T00:00:00.0000000+00:00)",
                "$.Identifier: of an Invalidation rule must start with IR",
                "$.Identifier: must start with VR for Vaccination rules",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(12, Assert.Throws<RuleEnvelopeException>(result.GetRuleOrThrow).Problems.Count);
    }

    [Theory]
    [InlineData("[]", "$: a rule must be a JSON object")]
    [InlineData("{", "$: not valid JSON")]
    [InlineData("{}", "$.Identifier: is required")]
    public void Something_that_is_not_a_rule_object_is_reported(string json, string problem) =>
        Assert.StartsWith(problem, RuleEnvelopeParser.Parse(json).Problems[0].ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_literal_as_logic_is_rejected() =>
        Assert.Contains(RuleEnvelopeParser.Parse(ValidRule.Replace("\"Logic\": {", "\"Logic\": true, \"X\": {", StringComparison.Ordinal)).Problems,
            p => p.Path == "$.Logic" && p.Message.Contains("not a literal", StringComparison.Ordinal));
}
