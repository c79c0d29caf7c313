using System.Text.Json;

namespace TravelCorridor.Corridorctl.Tests;

public sealed class RulesTestCommandTests
{
    private const string Rule = """
        { "Identifier": "TR-SG-0001", "Type": "Acceptance", "Country": "SG", "Version": "1.0.0", "SchemaVersion": "1.0.0",
          "Engine": "CERTLOGIC", "EngineVersion": "1.3.3", "CertificateType": "Test",
          "Description": [ { "lang": "en", "desc": "A test must be at most 72 hours old." } ],
          "ValidFrom": "2025-01-01T00:00:00Z", "ValidTo": "2030-01-01T00:00:00Z", "AffectedFields": [ "t.0.sc" ],
          "Logic": { "before": [ { "plusTime": [ { "var": "external.validationClock" }, 0, "hour" ] },
                                 { "plusTime": [ { "var": "payload.t.0.sc" }, 72, "hour" ] } ] } }
        """;

    [Fact]
    public void A_failing_case_is_reported_and_the_exit_code_is_one()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var fresh = CorridorctlRunner.TempFile(Case("fresh test", "2025-03-01T10:00:00Z", "true"));
        var wrong = CorridorctlRunner.TempFile(Case("stale test marked as passing", "2025-02-01T10:00:00Z", "\"passed\""));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, fresh, wrong);

        Assert.Equal(1, exitCode);
        Assert.Contains("PASS  TR-SG-0001", output, StringComparison.Ordinal);
        Assert.Contains("FAIL  TR-SG-0001", output, StringComparison.Ordinal);
        Assert.Contains("\"stale test marked as passing\"  expected passed, actual failed", output, StringComparison.Ordinal);
        Assert.Contains("TR-SG-0001: 1 passed, 1 failed, 2 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_error_is_the_verdict_failed_and_is_shown()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var broken = CorridorctlRunner.TempFile(Case("no sample time", "not a date", "\"failed\""));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, broken);

        Assert.Equal(0, exitCode);
        Assert.Contains("expected failed, actual failed  error: not an allowed date or date-time format: not a date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_every_case_with_its_value()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var fresh = CorridorctlRunner.TempFile(Case("fresh test", "2025-03-01T10:00:00Z", "true"));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", "--json", rule, fresh);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        var result = Assert.Single(report.RootElement.GetProperty("cases").EnumerateArray());
        Assert.True(result.GetProperty("pass").GetBoolean());
        Assert.Equal("passed", result.GetProperty("actual").GetString());
        Assert.True(result.GetProperty("value").GetBoolean());
        Assert.Equal(0, report.RootElement.GetProperty("envelopeProblems").GetArrayLength());
    }

    [Fact]
    public void An_expected_value_that_is_not_a_verdict_fails_the_case()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var odd = CorridorctlRunner.TempFile(Case("odd expectation", "2025-03-01T10:00:00Z", "1"));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, odd);

        Assert.Equal(1, exitCode);
        Assert.Contains("expected invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Envelope_problems_are_warnings_unless_strict()
    {
        var rule = CorridorctlRunner.TempFile(Rule.Replace("\"Country\": \"SG\"", "\"Country\": \"MY\"", StringComparison.Ordinal));
        var fresh = CorridorctlRunner.TempFile(Case("fresh test", "2025-03-01T10:00:00Z", "true"));

        var (lenient, _, warnings) = CorridorctlRunner.Run("rules", "test", rule, fresh);
        var (strict, _, _) = CorridorctlRunner.Run("rules", "test", "--strict", rule, fresh);

        Assert.Equal(0, lenient);
        Assert.Contains("warning: rule envelope: $.Identifier: must contain the rule's Country (MY)", warnings, StringComparison.Ordinal);
        Assert.Equal(1, strict);
    }

    [Fact]
    public void A_lone_surrogate_in_one_payload_fails_that_case_and_keeps_the_batch()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var fresh = CorridorctlRunner.TempFile(Case("fresh test", "2025-03-01T10:00:00Z", "true"));
        var odd = CorridorctlRunner.TempFile(Case("lone surrogate", "\\ud800", "false"));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, fresh, odd);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"lone surrogate\"  expected failed, actual failed  error: not an allowed date or date-time format", output, StringComparison.Ordinal);
        Assert.Contains("TR-SG-0001: 2 passed, 0 failed, 2 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Logic_warnings_are_shown_and_fail_the_run_only_when_strict()
    {
        var logic = Rule[(Rule.IndexOf("\"Logic\": ", StringComparison.Ordinal) + 9)..^1].Trim();
        var rule = CorridorctlRunner.TempFile(WithLogic($$"""{ "if": [ true, {{logic}}, { "<": [ true, 1 ] } ] }"""));
        var fresh = CorridorctlRunner.TempFile(Case("fresh test", "2025-03-01T10:00:00Z", "true"));

        var (lenient, _, warnings) = CorridorctlRunner.Run("rules", "test", rule, fresh);
        var (strict, _, _) = CorridorctlRunner.Run("rules", "test", "--strict", rule, fresh);
        var (_, json, _) = CorridorctlRunner.Run("rules", "test", "--json", rule, fresh);

        Assert.Equal(0, lenient);
        Assert.Contains("warning: logic: $.Logic.if[2]['<'][0]: operand #1 of \"<\" must be an integer, but it is a boolean", warnings, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        using var report = JsonDocument.Parse(json);
        Assert.Equal("$.Logic.if[2]['<'][0]", Assert.Single(report.RootElement.GetProperty("warnings").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public void Json_output_shows_an_overflow_as_infinity_beside_its_json_null()
    {
        var rule = CorridorctlRunner.TempFile(WithLogic("""{ "+": [ { "var": "payload.n" }, { "var": "payload.n" } ] }"""));
        var overflow = CorridorctlRunner.TempFile("""{ "name": "overflow", "payload": { "n": 1e308 }, "expected": false }""");

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", "--json", rule, overflow);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        var result = Assert.Single(report.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("value").ValueKind);
        Assert.Equal("Infinity", result.GetProperty("display").GetString());
    }

    [Fact]
    public void A_missing_rule_file_is_an_input_error() =>
        Assert.Equal(2, CorridorctlRunner.Run("rules", "test", "/nonexistent/rule.json", "/nonexistent/case.json").ExitCode);

    private static string WithLogic(string logic) => Rule[..Rule.IndexOf("\"Logic\": ", StringComparison.Ordinal)] + $"\"Logic\": {logic} }}";

    private static string Case(string name, string sampleTime, string expected) => $$"""
        { "name": "{{name}}", "payload": { "t": [ { "sc": "{{sampleTime}}" } ] },
          "external": { "validationClock": "2025-03-02T09:00:00Z" }, "expected": {{expected}} }
        """;
}
