using System.Text.Json;
using CsCheck;

namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>
/// The compiled form must mean exactly what the interpreter means, value for value and error for error:
/// both the emitted method and the delegate tree that stands in where code cannot be emitted.
/// </summary>
public sealed class CompilerAgreementProperties
{
    [Fact]
    public void Compiled_and_interpreted_evaluation_agree_on_generated_expressions_and_data()
    {
        var evaluated = 0;
        Gen.Select(ExpressionGenerators.Expression(4), ExpressionGenerators.Data).Sample((expressionJson, dataJson) =>
        {
            using var expression = JsonDocument.Parse(expressionJson);
            var data = CertLogicValue.Parse(dataJson);

            var interpreted = Outcome.Of(() => CertLogicInterpreter.Evaluate(expression.RootElement, data));
            var compiled = Outcome.Of(() => CertLogicCompiler.Compile(expression.RootElement).Evaluate(data));
            var delegateTree = Outcome.Of(() => CertLogicCompiler.Compile(expression.RootElement, null, strict: false, emit: false).Evaluate(data));

            Assert.True(interpreted.SameAs(compiled), $"interpreter: {interpreted}{Environment.NewLine}compiled: {compiled}");
            Assert.True(interpreted.SameAs(delegateTree), $"interpreter: {interpreted}{Environment.NewLine}delegate tree: {delegateTree}");
            if (interpreted.Value is not null)
            {
                Interlocked.Increment(ref evaluated);
            }
        }, iter: 20_000);

        // Guard against a generator that only produces errors: most samples must evaluate to a value.
        Assert.True(evaluated > 3_000, $"only {evaluated} samples evaluated to a value");
    }

    [Fact]
    public void A_compiled_expression_gives_the_same_results_when_reused_across_data()
    {
        Gen.Select(ExpressionGenerators.Expression(3), ExpressionGenerators.Data.Array[3]).Sample((expressionJson, dataSets) =>
        {
            using var expression = JsonDocument.Parse(expressionJson);
            CompiledCertLogic compiled;
            try
            {
                compiled = CertLogicCompiler.Compile(expression.RootElement);
            }
            catch (CertLogicValidationException)
            {
                return;
            }

            foreach (var dataJson in dataSets)
            {
                var data = CertLogicValue.Parse(dataJson);
                var interpreted = Outcome.Of(() => CertLogicInterpreter.Evaluate(expression.RootElement, data));
                var reused = Outcome.Of(() => compiled.Evaluate(data));
                Assert.True(interpreted.SameAs(reused), $"interpreter: {interpreted}{Environment.NewLine}compiled: {reused}");
            }
        }, iter: 3_000);
    }
}
