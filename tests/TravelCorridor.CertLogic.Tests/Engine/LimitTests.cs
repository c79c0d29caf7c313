using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Engine;

public sealed class LimitTests
{
    [Fact]
    public void A_deeply_nested_expression_is_refused_with_a_limit_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("""{"!":[""", 20_000)) + "true" + string.Concat(Enumerable.Repeat("]}", 20_000));

        Assert.Throws<CertLogicLimitExceededException>(() => CertLogicCompiler.Compile(deep));
        Assert.Throws<CertLogicLimitExceededException>(() => CertLogicValidator.Validate(deep));

        using var document = JsonDocument.Parse(deep, new JsonDocumentOptions { MaxDepth = 50_000 });
        Assert.Throws<CertLogicLimitExceededException>(() => CertLogicInterpreter.Evaluate(document.RootElement, CertLogicValue.Null));
    }

    [Fact]
    public void An_expression_with_too_many_parts_is_refused()
    {
        var wide = $$"""{"and":[{{string.Join(",", Enumerable.Repeat("true", 50_000))}}]}""";

        var error = Assert.Throws<CertLogicLimitExceededException>(() => CertLogicCompiler.Compile(wide));
        Assert.Equal("expression size", error.Limit);
    }

    [Fact]
    public void A_var_path_counts_each_of_its_fragments_against_the_expression_size()
    {
        var huge = JsonSerializer.Serialize(new { var = string.Join(".", Enumerable.Repeat("a", 40_000)) });

        var refused = Assert.Throws<CertLogicLimitExceededException>(() => CertLogicValidator.Validate(huge));
        Assert.Equal("expression size", refused.Limit);
        Assert.Throws<CertLogicLimitExceededException>(() => CertLogicCompiler.Compile(huge));
    }

    [Fact]
    public void A_long_var_path_within_the_size_limit_evaluates_in_every_form()
    {
        // Too long a path for one emitted method (it once made an invalid program): the delegate form takes it.
        var path = string.Join(".", Enumerable.Repeat("a", 15_000));
        var expression = JsonSerializer.Serialize(new { var = path });

        Assert.Empty(CertLogicValidator.Validate(expression));
        Assert.True(CertLogicCompiler.Compile(expression).Evaluate(CertLogicValue.Null).IsNull);
        using var document = JsonDocument.Parse(expression);
        Assert.True(CertLogicInterpreter.Evaluate(document.RootElement, CertLogicValue.Null).IsNull);
    }

    [Fact]
    public void Nested_reductions_stop_at_the_step_budget()
    {
        // Each of 2,000 outer steps reduces the 2,000-item accumulator again: four million steps.
        const string quadratic = """{"reduce":[{"var":"xs"},{"if":[{"reduce":[{"var":"accumulator"},true,true]},{"var":"accumulator"},{"var":"accumulator"}]},{"var":"xs"}]}""";
        var data = CertLogicValue.Parse($$"""{"xs":[{{string.Join(",", Enumerable.Range(0, 2_000))}}]}""");

        var error = Assert.Throws<CertLogicLimitExceededException>(() => CertLogicCompiler.Compile(quadratic).Evaluate(data));
        Assert.Equal("reduce steps per evaluation", error.Limit);
    }

    [Theory]
    // Counting: the budget runs out at the fourth of five steps.
    [InlineData("""{"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},1]},0]}""", "reduce steps per evaluation")]
    // An error in the third step comes before the budget runs out, so it is the error reported.
    [InlineData("""{"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},{"var":"current"}]},0]}""", "integers")]
    public void A_reduction_spends_its_steps_one_by_one_in_every_form(string expression, string expected)
    {
        var limits = new CertLogicLimits { MaxReduceSteps = 3 };
        var data = CertLogicValue.Parse("""{"xs":[1,2,"three",4,5]}""");
        using var document = JsonDocument.Parse(expression);

        foreach (var evaluate in new Func<CertLogicValue>[]
        {
            () => CertLogicInterpreter.Evaluate(document.RootElement, data, limits),
            () => CertLogicCompiler.Compile(document.RootElement, limits).Evaluate(data),
            () => CertLogicCompiler.Compile(document.RootElement, limits, strict: false, emit: false).Evaluate(data),
        })
        {
            var error = Assert.ThrowsAny<CertLogicException>(() => evaluate());
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void With_lambda_size_counted_each_reduce_step_spends_as_many_steps_as_its_lambda_has_values_in_every_form()
    {
        // A lambda of 50 JSON values over 1,000 items: 50,000 steps counted by size, 1,000 by iteration.
        var terms = string.Join(",", Enumerable.Repeat("""{"var":"current"}""", 20));
        var expression = $$"""{"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},{"if":[{"and":[{{terms}}]},1,0]}]},0]}""";
        var data = CertLogicValue.Parse($$"""{"xs":[{{string.Join(",", Enumerable.Repeat("1", 1_000))}}]}""");
        var bySize = new CertLogicLimits { MaxReduceSteps = 40_000, CountLambdaSize = true };
        var byIteration = new CertLogicLimits { MaxReduceSteps = 40_000 };
        using var document = JsonDocument.Parse(expression);

        foreach (var limits in new[] { bySize, byIteration })
        {
            foreach (var evaluate in new Func<CertLogicValue>[]
            {
                () => CertLogicInterpreter.Evaluate(document.RootElement, data, limits),
                () => CertLogicCompiler.Compile(document.RootElement, limits).Evaluate(data),
                () => CertLogicCompiler.Compile(document.RootElement, limits, strict: false, emit: false).Evaluate(data),
            })
            {
                if (limits.CountLambdaSize)
                {
                    Assert.Equal("reduce steps per evaluation", Assert.Throws<CertLogicLimitExceededException>(() => evaluate()).Limit);
                }
                else
                {
                    Assert.Equal(1_000, evaluate().AsNumber());
                }
            }
        }
    }

    [Fact]
    public void In_over_a_long_array_of_strings_from_the_data_finds_what_a_scan_finds()
    {
        var codes = Enumerable.Range(0, 1_000).Select(i => $"\"code-{i}\"").ToList();
        var data = CertLogicValue.Parse($$"""
            {"codes":[{{string.Join(",", codes)}}],"mixed":[{{string.Join(",", codes.Append("7"))}}],
             "items":["code-999","code-1000","7"],"seven":7}
            """);

        bool In(string item, string set) => CertLogicCompiler.Compile($$"""{"in":[{"var":"{{item}}"},{"var":"{{set}}"}]}""").Evaluate(data).AsBoolean();

        Assert.True(In("items.0", "codes"));
        Assert.False(In("items.1", "codes"));
        Assert.False(In("seven", "codes"));
        Assert.True(In("seven", "mixed"));
        Assert.False(In("items.2", "mixed")); // the string "7" is not the number 7
    }

    [Fact]
    public void A_result_nested_deeper_than_can_be_written_is_refused_when_written()
    {
        const string nesting = """{"reduce":[{"var":"xs"},[{"var":"accumulator"}],0]}""";
        var data = CertLogicValue.Parse($$"""{"xs":[{{string.Join(",", Enumerable.Range(0, 5_000))}}]}""");
        var result = CertLogicCompiler.Compile(nesting).Evaluate(data);

        Assert.Throws<CertLogicLimitExceededException>(() => result.ToJsonString());
    }

    [Fact]
    public void Data_nested_deeper_than_the_limit_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 300)) + string.Concat(Enumerable.Repeat("]", 300));
        using var document = JsonDocument.Parse(deep, new JsonDocumentOptions { MaxDepth = 1_000 });

        Assert.Throws<CertLogicLimitExceededException>(() => CertLogicValue.FromJson(document.RootElement));
    }
}
