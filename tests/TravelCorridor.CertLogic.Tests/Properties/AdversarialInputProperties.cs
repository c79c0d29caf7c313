using System.Text.Json;
using CsCheck;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>
/// Whatever JSON arrives as a rule, a rule envelope or data, every public entry point answers or throws its
/// own documented exceptions, and never the internal-error guard (which would mean a bug got that far).
/// </summary>
public sealed class AdversarialInputProperties
{
    private static readonly string[] EnvelopeFields =
    [
        "Identifier", "Type", "Country", "Version", "SchemaVersion", "Engine", "EngineVersion", "CertificateType",
        "Description", "ValidFrom", "ValidTo", "AffectedFields", "Logic", "Outcome", "Origins", "Purposes",
    ];

    [Fact]
    public void Random_json_as_an_expression_only_ever_raises_engine_exceptions()
    {
        Gen.Select(ExpressionGenerators.AnyJson(5), ExpressionGenerators.AnyJson(3)).Sample((expressionJson, dataJson) =>
        {
            using var expression = JsonDocument.Parse(expressionJson);
            var data = CertLogicValue.Parse(dataJson);

            Render(data);
            foreach (var issue in CertLogicValidator.Validate(expression.RootElement))
            {
                _ = issue.ToString();
            }

            Render(Outcome.Of(() => CertLogicInterpreter.Evaluate(expression.RootElement, data)));
            Render(Outcome.Of(() => CertLogicCompiler.Compile(expression.RootElement).Evaluate(data)));
            Render(Outcome.Of(() => CertLogicCompiler.Compile(expression.RootElement, null, strict: false, emit: false).Evaluate(data)));
            Render(Outcome.Of(() => CertLogicCompiler.Compile(expressionJson, strict: true).Evaluate(data)));
            Render(Outcome.Of(() => CertLogicValue.FromJson(expression.RootElement)));
        }, iter: 20_000);
    }

    [Fact]
    public void Random_data_under_generated_rules_only_ever_raises_engine_exceptions()
    {
        Gen.Select(ExpressionGenerators.Expression(4), ExpressionGenerators.AnyJson(4)).Sample((expressionJson, dataJson) =>
        {
            var data = CertLogicValue.Parse(dataJson);
            Render(Outcome.Of(() => CertLogicCompiler.Compile(expressionJson).Evaluate(data)));
        }, iter: 20_000);
    }

    [Fact]
    public void Random_fields_in_a_rule_envelope_are_problems_or_warnings_never_exceptions()
    {
        var field = Gen.Select(
            Gen.Frequency((6, Gen.OneOf(EnvelopeFields).Select(name => JsonSerializer.Serialize(name))), (1, ExpressionGenerators.OddString)),
            Gen.Frequency((3, ExpressionGenerators.AnyJson(2)), (1, ExpressionGenerators.Expression(2))));
        field.Array[0, 18].Sample(fields =>
        {
            var json = "{" + string.Join(",", fields.Select(f => $"{f.Item1}:{f.Item2}")) + "}";

            var result = RuleEnvelopeParser.Parse(json);
            var strict = RuleEnvelopeParser.Parse(json, strict: true);

            Assert.True(result.IsValid != result.Problems.Count > 0, json);
            Assert.True(strict.Problems.Count >= result.Problems.Count, json);
            _ = string.Join(";", result.Problems.Concat(result.Warnings));
        }, iter: 10_000);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_character_is_malformed_input_not_a_crash()
    {
        Gen.Select(ExpressionGenerators.AnyJson(3), Gen.Int[0, 200], Gen.Char['\ud800', '\udfff']).Sample((json, cut, surrogate) =>
        {
            var at = Math.Min(cut, json.Length);
            var text = json[..at] + surrogate + json[at..];

            Assert.Contains(CertLogicValidator.Validate(text), issue => issue.Path == "$" && !issue.IsWarning);
            Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(text));
            Assert.Throws<JsonException>(() => CertLogicValue.Parse(text));
            Assert.False(RuleEnvelopeParser.Parse(text).IsValid);
        }, iter: 2_000);
    }

    [Fact]
    public void Truncated_or_garbled_expression_text_is_reported_as_invalid()
    {
        Gen.Select(ExpressionGenerators.Expression(3), Gen.Int[0, 1000]).Sample((expressionJson, cut) =>
        {
            var garbled = expressionJson[..Math.Min(cut, expressionJson.Length)] + (cut % 3 == 0 ? "}" : "");
            Outcome.Of(() => CertLogicCompiler.Compile(garbled).Evaluate(CertLogicValue.Null));
            _ = CertLogicValidator.Validate(garbled);
        }, iter: 5_000);
    }

    [Fact]
    public void No_json_at_all_is_an_invalid_expression_and_null_data()
    {
        Assert.Single(CertLogicValidator.Validate(default(JsonElement)));
        Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(default(JsonElement)));
        Assert.Throws<CertLogicValidationException>(() => CertLogicInterpreter.Evaluate(default, CertLogicValue.Null));
        Assert.True(CertLogicValue.FromJson(default).IsNull);
        Assert.False(RuleEnvelopeParser.Parse(default(JsonElement)).IsValid);
    }

    /// <summary>Every way a value is written must work too (or hit the output limits).</summary>
    private static void Render(Outcome outcome)
    {
        if (outcome.Value is { } value)
        {
            Render(value);
        }
    }

    private static void Render(CertLogicValue value)
    {
        Outcome.Of(() =>
        {
            var json = value.ToJsonString();
            _ = value.ToDisplayString(indented: true);
            _ = value.ToString();
            using var reread = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = CertLogicLimits.AbsoluteMaxDepth + 2 });
            return value;
        });
    }
}
