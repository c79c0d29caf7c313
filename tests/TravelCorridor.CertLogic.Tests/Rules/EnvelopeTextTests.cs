using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.CertLogic.Tests.Rules;

/// <summary>Envelope fields are checked as whole strings of plain text, and logic warnings travel with the rule.</summary>
public sealed class EnvelopeTextTests
{
    private const string ValidRule = RuleEnvelopeParserTests.ValidRule;

    [Theory]
    // "$" in a .NET pattern also matches before a final newline: every pattern must hold to the very end.
    [InlineData("\"Identifier\": \"VR-SG-0001\"", "\"Identifier\": \"VR-SG-0001\\n\"", "$.Identifier")]
    [InlineData("\"Country\": \"SG\"", "\"Country\": \"SG\\n\"", "$.Country")]
    [InlineData("\"Engine\": \"CERTLOGIC\"", "\"Engine\": \"CERTLOGIC\\n\"", "$.Engine")]
    [InlineData("\"CertificateType\": \"Vaccination\"", "\"CertificateType\": \"Vaccination\\n\"", "$.CertificateType")]
    [InlineData("\"ValidFrom\": \"2025-01-01T00:00:00Z\"", "\"ValidFrom\": \"2025-01-01T00:00:00Z\\n\"", "$.ValidFrom")]
    [InlineData("\"lang\": \"ms\"", "\"lang\": \"ms\\n\"", "$.Description[1].lang")]
    [InlineData("\"Origins\": [ \"MY\"", "\"Origins\": [ \"MY\\n\"", "$.Origins[0]")]
    // \d matches any Unicode digit; identifiers and timestamps take ASCII digits only.
    [InlineData("\"Identifier\": \"VR-SG-0001\"", "\"Identifier\": \"VR-SG-\u0660\u0660\u0660\u0661\"", "$.Identifier")]
    [InlineData("\"ValidFrom\": \"2025-01-01T00:00:00Z\"", "\"ValidFrom\": \"\uff12\uff10\uff12\uff15-01-01T00:00:00Z\"", "$.ValidFrom")]
    public void A_field_that_matches_only_up_to_a_trailing_newline_or_with_non_ascii_digits_is_a_problem(string field, string replacement, string path)
    {
        var result = RuleEnvelopeParser.Parse(ValidRule.Replace(field, replacement, StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, problem => problem.Path == path);
    }

    [Theory]
    [InlineData("\"desc\": \"The vaccination", "\"desc\": \"\\udfffThe vaccination", "$.Description[0].desc")]
    [InlineData("\"Purposes\": [ \"business\" ]", "\"Purposes\": [ \"business\\ud800\" ]", "$.Purposes[0]")]
    public void A_lone_surrogate_in_an_envelope_field_is_a_problem_not_a_crash(string field, string replacement, string path)
    {
        var result = RuleEnvelopeParser.Parse(ValidRule.Replace(field, replacement, StringComparison.Ordinal));

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, problem => problem.Path == path);
    }

    [Fact]
    public void A_field_named_with_a_lone_surrogate_is_an_unknown_field()
    {
        var result = RuleEnvelopeParser.Parse(ValidRule.Replace("\"Outcome\": \"REFER\"", "\"Outcome\": \"REFER\", \"\\ud800\": 1", StringComparison.Ordinal));

        Assert.Equal("$.\ud800: is not a rule field (names are case-sensitive)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Warnings_about_the_logic_do_not_stop_the_rule_unless_strict()
    {
        var json = ValidRule.Replace("true ] },", "{ \"<\": [ true, 1 ] } ] },", StringComparison.Ordinal);

        var lenient = RuleEnvelopeParser.Parse(json);
        var strict = RuleEnvelopeParser.Parse(json, strict: true);

        Assert.True(lenient.IsValid, string.Join("; ", lenient.Problems));
        Assert.Equal("$.Logic.if[2]['<'][0]: operand #1 of \"<\" must be an integer, but it is a boolean", Assert.Single(lenient.Warnings).ToString());
        Assert.False(strict.IsValid);
        Assert.Equal(lenient.Warnings, strict.Problems);
        Assert.Empty(strict.Warnings);
    }
}
