namespace TravelCorridor.CertLogic.Tests.Engine;

/// <summary>
/// Doubles overflow to infinity, as in JavaScript. JSON has no word for that (JSON.stringify writes null), but
/// people reading a result or an error must not mistake an overflow for a missing value.
/// </summary>
public sealed class NonFiniteNumberTests
{
    [Theory]
    [InlineData("""{"+":[1e308,1e308]}""", "Infinity")]
    [InlineData("""{"+":[-1e308,-1e308]}""", "-Infinity")]
    [InlineData("""[{"+":[1e308,1e308]},1]""", "[Infinity,1]")]
    public void An_overflowing_sum_is_shown_as_infinity_and_written_as_json_null(string expression, string shown)
    {
        var value = Rule.Eval(expression);

        Assert.Equal(shown, value.ToDisplayString());
        Assert.Equal(shown.Replace("-Infinity", "null", StringComparison.Ordinal).Replace("Infinity", "null", StringComparison.Ordinal), value.ToJsonString());
    }

    [Fact]
    public void Infinity_in_data_is_shown_as_infinity()
    {
        Assert.Equal("Infinity", Rule.Eval("""{"var":"n"}""", """{"n":1e400}""").ToString());
        Assert.Equal("{\"n\":-Infinity}", CertLogicValue.Parse("""{"n":-1e400}""").ToDisplayString());
    }

    [Fact]
    public void An_error_about_an_infinite_value_says_infinity()
    {
        var error = Assert.Throws<CertLogicEvaluationException>(() => Rule.Eval("""{"if":[{"+":[1e308,1e308]},1,2]}"""));

        Assert.Equal("if-guard evaluates to something neither truthy, nor falsy: Infinity", error.Reason);
    }

    [Fact]
    public void A_validation_message_about_an_infinite_literal_says_infinity_as_the_reference_does()
    {
        var issue = Assert.Single(CertLogicValidator.Validate("""{"plusTime":["2021-01-01",1e400,"day"]}"""));

        Assert.EndsWith("must be an integer, but it is: Infinity", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nan_cannot_arise_and_would_be_shown_as_nan()
    {
        // Infinity is not an integer, so "+" refuses it and can never compute Infinity - Infinity.
        Assert.Throws<CertLogicEvaluationException>(() => Rule.Eval("""{"+":[{"+":[1e308,1e308]},{"+":[-1e308,-1e308]}]}"""));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertLogicValue.FromNumber(double.NaN));

        var nan = CertLogicValue.FromNumberUnchecked(double.NaN);
        Assert.Equal("NaN", nan.ToDisplayString());
        Assert.Equal("null", nan.ToJsonString());
    }
}
