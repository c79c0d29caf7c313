namespace TravelCorridor.Corridorctl.Tests;

public sealed class LogicCommandTests
{
    [Fact]
    public void Logic_eval_prints_the_value_as_json()
    {
        var logic = CorridorctlRunner.TempFile("""{ "plusTime": [ { "var": "dob" }, 18, "year" ] }""");
        var data = CorridorctlRunner.TempFile("""{ "dob": "2004-02" }""");

        var (exitCode, output, _) = CorridorctlRunner.Run("logic", "eval", "--logic", logic, "--data", data);

        Assert.Equal(0, exitCode);
        // 2004-02 is read as 2004-02-29; 18 years on, 2022-02-29 counts on to 1 March, as JavaScript's setUTCFullYear does.
        Assert.Equal("\"2022-03-01T00:00:00.000Z\"", output.Trim());
    }

    [Fact]
    public void Logic_eval_reports_an_evaluation_error()
    {
        var logic = CorridorctlRunner.TempFile("""{ "in": [ "a", { "var": "" } ] }""");

        var (exitCode, _, error) = CorridorctlRunner.Run("logic", "eval", "--logic", logic);

        Assert.Equal(1, exitCode);
        Assert.Contains("must be an array (at $)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Logic_validate_prints_every_problem_with_its_path()
    {
        var logic = CorridorctlRunner.TempFile("""{ "and": [ { "var": 1 }, { "plusTime": [ "2021-01-01", 1, "week" ] } ] }""");

        var (exitCode, output, _) = CorridorctlRunner.Run("logic", "validate", logic);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.and[0]: error: not of the form { \"var\": \"<path>\" }", output, StringComparison.Ordinal);
        Assert.Contains("$.and[1].plusTime[2]: error: \"unit\" argument (#3)", output, StringComparison.Ordinal);
        Assert.Contains("$.and[1]: warning: operand #2 of \"and\" is a date-time, which is neither truthy nor falsy", output, StringComparison.Ordinal);
        Assert.Contains("2 error(s), 1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Logic_validate_accepts_a_valid_expression()
    {
        var logic = CorridorctlRunner.TempFile("""{ "if": [ { "var": "x" }, true, false ] }""");

        var (exitCode, output, _) = CorridorctlRunner.Run("logic", "validate", logic);

        Assert.Equal(0, exitCode);
        Assert.Equal("valid", output.Trim());
    }
}
