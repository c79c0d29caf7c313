using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>
/// Operands that can never be right are warnings, not errors: certlogic-js accepts such rules and fails only
/// when evaluation reaches the operand, so the engine must evaluate them as it does. Strictness is opt-in.
/// </summary>
public sealed class StaticWarningTests
{
    public static TheoryData<string, string, string> Findings() => new()
    {
        { """{"plusTime":[{"plusTime":["2021-01-01",0,"day"]},1,"day"]}""", "must be a string, but it is a date-time", "date argument (#1) of \"plusTime\" must be a string" },
        { """{"!":[{"plusTime":["2021-01-01",0,"day"]}]}""", "neither truthy nor falsy", "operand of \"!\" evaluates to something neither truthy, nor falsy" },
        { """{"after":[1,{"plusTime":["2021-01-01",0,"day"]}]}""", "must be a date-time, but it is an integer", "must be date-times" },
        { """{"in":["a","abc"]}""", "must be an array, but it is a string", "right-hand side of an \"in\" operation must be an array" },
        { """{"plusTime":["2021-13-01",0,"day"]}""", "is not an allowed date or date-time", "not a valid date or date-time: 2021-13-01" },
        { """{"<":[true,1]}""", "must be an integer, but it is a boolean", "must be of integer type" },
        { """{"+":["1",1]}""", "must be an integer, but it is a string", "must both be integers" },
        { """{"reduce":["abc",{"var":"accumulator"},0]}""", "must be an array, but it is a string", "non-null non-array" },
        { """{"extractFromUVCI":[1,0]}""", "must be a string, but it is an integer", "must be either a string or null" },
        { """{"dccDateOfBirth":["1990-13"]}""", "is not an allowed date or date-time", "can't parse \"1990-13\"" },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void An_operand_that_can_never_be_right_is_a_warning_and_fails_only_when_evaluated(string expression, string warning, string error)
    {
        var issue = Assert.Single(CertLogicValidator.Validate(expression));
        Assert.True(issue.IsWarning, issue.ToString());
        Assert.Contains(warning, issue.Message, StringComparison.Ordinal);

        foreach (var evaluate in Forms(expression))
        {
            var failure = Assert.Throws<CertLogicEvaluationException>(() => evaluate(CertLogicValue.Null));
            Assert.Contains(error, failure.Message, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> Warnings()
    {
        var data = new TheoryData<string, string>();
        foreach (var finding in Findings())
        {
            data.Add((string)finding[0], (string)finding[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Asked_to_be_strict_the_engine_refuses_what_it_warns_about(string expression, string warning)
    {
        using var document = JsonDocument.Parse(expression);

        var refused = Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(expression, strict: true));
        Assert.Contains(refused.Issues, issue => issue.IsWarning && issue.Message.Contains(warning, StringComparison.Ordinal));
        Assert.Throws<CertLogicValidationException>(() => CertLogicInterpreter.Evaluate(document.RootElement, CertLogicValue.Null, strict: true));
        Assert.Throws<CertLogicValidationException>(() => CertLogicValidator.EnsureValid(document.RootElement, strict: true));
        CertLogicValidator.EnsureValid(document.RootElement);
    }

    [Theory]
    // The values certlogic-js 1.2.2 gives: the wrongly typed operand is never reached.
    [InlineData("""{"and":[false,{"plusTime":["2021-06-01",0,"day"]}]}""", "false")]
    [InlineData("""{"and":[{"var":"missing"},{"<":[true,1]}]}""", "null")]
    [InlineData("""{"if":[false,{"in":["a","abc"]},false]}""", "false")]
    [InlineData("""{"reduce":[[],{"+":["1",{"var":"accumulator"}]},false]}""", "false")]
    public void A_branch_that_is_never_evaluated_does_not_fail_the_rule(string expression, string expected)
    {
        Assert.NotEmpty(CertLogicValidator.Validate(expression));
        Assert.All(CertLogicValidator.Validate(expression), issue => Assert.True(issue.IsWarning, issue.ToString()));

        foreach (var evaluate in Forms(expression))
        {
            Assert.Equal(expected, evaluate(CertLogicValue.Parse("""{"a":1}""")).ToJsonString());
        }
    }

    [Fact]
    public void Errors_and_warnings_are_told_apart_in_one_report()
    {
        var issues = CertLogicValidator.Validate("""{"and":[{"nope":[]},{"<":[true,1]},1.5]}""");

        Assert.Equal(
            ["$.and[0]: unrecognised operator: \"nope\"", "$.and[1]['<'][0]: warning: operand #1 of \"<\" must be an integer, but it is a boolean", "$.and[2]: 1.5 is a non-integer number"],
            issues.Select(issue => issue.ToString()));
        Assert.Equal(2, CertLogicValidator.Refusing(issues, strict: false).Count);
        Assert.Equal(3, CertLogicValidator.Refusing(issues, strict: true).Count);
    }

    /// <summary>The interpreter, the emitted method and the delegate tree, each compiled without strictness.</summary>
    private static IEnumerable<Func<CertLogicValue, CertLogicValue>> Forms(string expression)
    {
        var document = Element(expression);
        yield return data => CertLogicInterpreter.Evaluate(document, data);
        yield return data => CertLogicCompiler.Compile(expression).Evaluate(data);
        yield return data => CertLogicCompiler.Compile(document, null, strict: false, emit: false).Evaluate(data);
    }

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
