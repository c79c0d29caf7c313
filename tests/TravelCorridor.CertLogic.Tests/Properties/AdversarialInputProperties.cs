using System.Text.Json;
using CsCheck;

namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>Whatever JSON arrives as a rule or as data, the engine answers or throws its own documented exceptions.</summary>
public sealed class AdversarialInputProperties
{
    [Fact]
    public void Random_json_as_an_expression_only_ever_raises_engine_exceptions()
    {
        Gen.Select(ExpressionGenerators.AnyJson(5), ExpressionGenerators.AnyJson(3)).Sample((expressionJson, dataJson) =>
        {
            using var expression = JsonDocument.Parse(expressionJson);
            var data = CertLogicValue.Parse(dataJson);

            CertLogicValidator.Validate(expression.RootElement);
            Outcome.Of(() => CertLogicInterpreter.Evaluate(expression.RootElement, data));
            Outcome.Of(() => CertLogicCompiler.Compile(expression.RootElement).Evaluate(data));
            Outcome.Of(() => CertLogicCompiler.Compile(expressionJson).Evaluate(data));
        }, iter: 20_000);
    }

    [Fact]
    public void Random_data_under_generated_rules_only_ever_raises_engine_exceptions()
    {
        Gen.Select(ExpressionGenerators.Expression(4), ExpressionGenerators.AnyJson(4)).Sample((expressionJson, dataJson) =>
        {
            var data = CertLogicValue.Parse(dataJson);
            var outcome = Outcome.Of(() => CertLogicCompiler.Compile(expressionJson).Evaluate(data));
            if (outcome.Value is { } value)
            {
                _ = value.ToJsonString();
            }
        }, iter: 20_000);
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
}
