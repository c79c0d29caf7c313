namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// Static type findings are warnings: shown, but the expression evaluates as certlogic-js evaluates it, unless
/// --strict. Lone surrogates and overflows are handled as the reference handles them, and shown legibly.
/// </summary>
public sealed class LogicWarningTests
{
    private const string NeverReached = """{ "and": [ false, { "plusTime": [ "2021-06-01", 0, "day" ] } ] }""";

    [Fact]
    public void Logic_validate_shows_a_warning_and_succeeds_unless_strict()
    {
        var logic = CorridorctlRunner.TempFile(NeverReached);

        var (lenient, output, _) = CorridorctlRunner.Run("logic", "validate", logic);
        var (strict, _, _) = CorridorctlRunner.Run("logic", "validate", "--strict", logic);

        Assert.Equal(0, lenient);
        Assert.Contains("$.and[1]: warning: operand #2 of \"and\" is a date-time, which is neither truthy nor falsy", output, StringComparison.Ordinal);
        Assert.Contains("valid, 1 warning(s)", output, StringComparison.Ordinal);
        Assert.Equal(1, strict);
    }

    [Fact]
    public void Logic_eval_gives_the_reference_value_for_an_operand_that_is_never_reached()
    {
        var logic = CorridorctlRunner.TempFile(NeverReached);

        var (lenient, output, warnings) = CorridorctlRunner.Run("logic", "eval", "--logic", logic);
        var (strict, refused, _) = CorridorctlRunner.Run("logic", "eval", "--strict", "--logic", logic);

        Assert.Equal(0, lenient);
        Assert.Equal("false", output.Trim());
        Assert.Contains("$.and[1]: warning:", warnings, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        Assert.Equal("", refused);
    }

    [Fact]
    public void Logic_eval_reads_a_lone_surrogate_in_the_data_as_certlogic_js_does()
    {
        var logic = CorridorctlRunner.TempFile("""{ "var": "a" }""");
        var data = CorridorctlRunner.TempFile("""{ "a": "\ud800" }""");

        var (exitCode, output, _) = CorridorctlRunner.Run("logic", "eval", "--logic", logic, "--data", data);

        Assert.Equal(0, exitCode);
        Assert.Equal("\"\\ud800\"", output.Trim());
    }

    [Fact]
    public void A_lone_surrogate_literal_passes_validation_with_a_warning_and_evaluates()
    {
        var logic = CorridorctlRunner.TempFile("""{ "===": [ "\ud800", "\ud800" ] }""");

        var (validated, report, _) = CorridorctlRunner.Run("logic", "validate", logic);
        var (evaluated, output, _) = CorridorctlRunner.Run("logic", "eval", "--logic", logic);

        Assert.Equal(0, validated);
        Assert.Contains("$['==='][0]: warning: the string holds a lone UTF-16 surrogate (\\ud800)", report, StringComparison.Ordinal);
        Assert.Equal(0, evaluated);
        Assert.Equal("true", output.Trim());
    }

    [Theory]
    [InlineData("""{ "+": [ 1e308, 1e308 ] }""", "Infinity")]
    [InlineData("""{ "+": [ -1e308, -1e308 ] }""", "-Infinity")]
    public void Logic_eval_keeps_its_output_json_and_names_an_overflow_on_standard_error(string expression, string expected)
    {
        var (exitCode, output, error) = CorridorctlRunner.Run("logic", "eval", "--logic", CorridorctlRunner.TempFile(expression));

        Assert.Equal(0, exitCode);
        Assert.Equal("null", output.Trim());
        Assert.Contains($"({expected})", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_error_about_an_overflow_says_infinity()
    {
        var logic = CorridorctlRunner.TempFile("""{ "if": [ { "+": [ 1e308, 1e308 ] }, 1, 2 ] }""");

        var (exitCode, _, error) = CorridorctlRunner.Run("logic", "eval", "--logic", logic);

        Assert.Equal(1, exitCode);
        Assert.Contains("neither truthy, nor falsy: Infinity (at $)", error, StringComparison.Ordinal);
    }
}
