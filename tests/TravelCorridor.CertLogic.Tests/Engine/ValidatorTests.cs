namespace TravelCorridor.CertLogic.Tests.Engine;

public sealed class ValidatorTests
{
    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var issues = CertLogicValidator.Validate("""
            {"and":[
              {"foo":[1]},
              {"<":[true,{"var":"n"}]},
              {"plusTime":[{"var":"d"},1.5,"week"]},
              {"var":["x",0]}
            ]}
            """);

        Assert.Equal(
            [
                "$.and[0]: unrecognised operator: \"foo\"",
                "$.and[1]['<'][0]: warning: operand #1 of \"<\" must be an integer, but it is a boolean",
                "$.and[2].plusTime[1]: \"amount\" argument (#2) of \"plusTime\" must be an integer, but it is: 1.5",
                "$.and[2].plusTime[2]: \"unit\" argument (#3) of \"plusTime\" must be a string equal to one of year, month, day, hour, but it is: week",
                "$.and[3]: not of the form { \"var\": \"<path>\" }",
                "$.and[2]: warning: operand #3 of \"and\" is a date-time, which is neither truthy nor falsy",
            ],
            issues.Select(issue => issue.ToString()));
    }

    [Theory]
    [InlineData("""{"+":[1]}""", "must have 2 operands, but it has 1")]
    [InlineData("""{"if":[true,1]}""", "must have exactly 3 values/operands, but it has 2")]
    [InlineData("""{"and":[true]}""", "at least 2 operands")]
    [InlineData("""{"===":[1,2,3]}""", "must have 2 operands, but it has 3")]
    [InlineData("""{"<":[1]}""", "must have 2 or 3 operands")]
    [InlineData("""{"reduce":[[1],0]}""", "exactly 3 values/operands")]
    [InlineData("""{"extractFromUVCI":["x",{"var":"i"}]}""", "\"index\" argument (#2)")]
    [InlineData("""{"var":"a..b"}""", "doesn't have a valid format")]
    [InlineData("""{"if":[true,{"a":1},null]}""", "invalid CertLogic expression")]
    public void What_the_reference_validator_reports_is_an_error_that_refuses_the_expression(string expression, string message)
    {
        var issues = CertLogicValidator.Validate(expression);

        Assert.Contains(issues, issue => !issue.IsWarning && issue.Message.Contains(message, StringComparison.Ordinal));
        Assert.Throws<CertLogicValidationException>(() => CertLogicCompiler.Compile(expression));
    }

    [Fact]
    public void An_invalid_expression_is_rejected_even_where_evaluation_would_not_reach_it()
    {
        using var expression = System.Text.Json.JsonDocument.Parse("""{"and":[false,{"nope":[]}]}""");

        Assert.Throws<CertLogicValidationException>(() => CertLogicInterpreter.Evaluate(expression.RootElement, CertLogicValue.Null));
    }

    [Fact]
    public void Malformed_json_is_reported_as_an_issue_at_the_root()
    {
        var issue = Assert.Single(CertLogicValidator.Validate("""{"and":[true"""));

        Assert.Equal("$", issue.Path);
        Assert.StartsWith("not valid JSON", issue.Message, StringComparison.Ordinal);
    }
}
