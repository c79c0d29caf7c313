using System.Text.Json;
using System.Text.Json.Nodes;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary><c>rules test RULE CASE…</c> with cases in our application format, beside the EU format.</summary>
public sealed class RulesTestApplicationCaseTests
{
    // Reads the purpose without its enum prefix, a value set and the corridor's terms: all built by the node's converter.
    private const string Rule = """
        { "Identifier": "GR-SG-0101", "Type": "Acceptance", "Country": "SG", "Version": "1.0.0", "SchemaVersion": "1.0.0",
          "Engine": "CERTLOGIC", "EngineVersion": "1.0.0", "CertificateType": "General",
          "Description": [ { "lang": "en", "desc": "A covered purpose and a stay the corridor allows." } ],
          "ValidFrom": "2020-01-01T00:00:00Z", "ValidTo": "2100-01-01T00:00:00Z", "AffectedFields": [ "trip.purpose", "trip.stayDays" ],
          "Logic": { "and": [
            { "in": [ { "var": "payload.trip.purpose" }, { "var": "external.valueSets.rgl-purposes" } ] },
            { "<=": [ { "var": "payload.trip.stayDays" }, { "var": "external.maxStayDays" } ] } ] } }
        """;

    private static readonly (string, JsonNode?) ValueSets = ("valueSets", JsonNode.Parse("""{ "rgl-purposes": [ "ESSENTIAL_BUSINESS", "OFFICIAL" ] }"""));
    private static readonly (string, JsonNode?) Corridor = ("corridor", JsonNode.Parse("""{ "maxStayDays": 14, "purposes": [ "ESSENTIAL_BUSINESS" ] }"""));

    [Fact]
    public void A_rule_passes_and_fails_application_cases_as_the_node_would_judge_them()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var meets = CorridorctlRunner.TempFile(Applications.Case("a 7-day business trip", Applications.Compliant(), ValueSets, Corridor, ("expected", true)));
        var tooLong = CorridorctlRunner.TempFile(Applications.Case("a 20-day business trip",
            Applications.With(a => a["trip"]!["stayDays"] = 20), ValueSets, Corridor, ("expected", "failed")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, meets, tooLong);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"a 7-day business trip\"  expected passed, actual passed", output, StringComparison.Ordinal);
        Assert.Contains("\"a 20-day business trip\"  expected failed, actual failed", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0101: 2 passed, 0 failed, 2 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_application_case_whose_expectation_is_not_met_fails_the_run()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var noValueSets = CorridorctlRunner.TempFile(Applications.Case("no value sets given", Applications.Compliant(), Corridor, ("expected", true)));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, noValueSets);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL  GR-SG-0101", output, StringComparison.Ordinal);
        Assert.Contains("\"no value sets given\"  expected passed, actual failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_application_is_the_cases_problem_and_the_other_cases_still_run()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var invalid = Applications.With(a =>
        {
            a["trip"]!.AsObject().Remove("origin");
            a["traveller"]!["dateOfBirth"] = "1985-02-30";
        });
        var misspelt = Applications.With(a => a["trip"]!["stayDay"] = 7);
        var cases = CorridorctlRunner.TempFile($"""
            [ {Applications.Case("no origin, no such date", invalid, ValueSets, Corridor, ("expected", true))},
              {Applications.Case("a misspelt field", misspelt, ValueSets, Corridor, ("expected", true))},
              {Applications.Case("a good one", Applications.Compliant(), ValueSets, Corridor, ("expected", true))} ]
            """);

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, cases);

        Assert.Equal(1, exitCode);
        Assert.Contains("\"no origin, no such date\"  expected passed, not run  problem: application.traveller.date_of_birth: " +
            "'1985-02-30' is not a calendar date: February 1985 has 28 days; application.trip.origin: is required", output, StringComparison.Ordinal);
        Assert.Contains("\"a misspelt field\"  expected passed, not run  problem: application: ", output, StringComparison.Ordinal);
        Assert.Contains("stayDay", output, StringComparison.Ordinal);
        Assert.Contains("PASS  GR-SG-0101  ", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0101: 1 passed, 2 failed, 3 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eu_format_and_application_cases_run_side_by_side_on_the_same_rule()
    {
        var rule = CorridorctlRunner.TempFile(Rule);
        var eu = CorridorctlRunner.TempFile("""
            { "name": "EU layout", "payload": { "trip": { "purpose": "OFFICIAL", "stayDays": 3 } },
              "external": { "valueSets": { "rgl-purposes": [ "OFFICIAL" ] }, "maxStayDays": 14 }, "expected": true }
            """);
        var ours = CorridorctlRunner.TempFile(Applications.Case("our layout", Applications.Compliant(), ValueSets, Corridor, ("expected", "passed")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", "--json", rule, eu, ours);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(output);
        Assert.All(report.RootElement.GetProperty("cases").EnumerateArray(), c => Assert.Equal("passed", c.GetProperty("actual").GetString()));
        Assert.Equal(2, report.RootElement.GetProperty("passed").GetInt32());
    }

    [Fact]
    public void The_rule_is_judged_at_the_arrival_unless_the_case_names_an_evaluation_time()
    {
        var rule = CorridorctlRunner.TempFile(WithLogic("""{ "===": [ { "var": "external.validationClock" }, "2026-12-01T09:05:00Z" ] }"""));
        var atArrival = CorridorctlRunner.TempFile(Applications.Case("at arrival", Applications.Compliant(), ("expected", true)));
        var later = CorridorctlRunner.TempFile(Applications.Case("a day later", Applications.Compliant(),
            ("evaluationTime", "2026-12-02T09:05:00+00:00"), ("expected", false)));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", rule, atArrival, later);

        Assert.Equal(0, exitCode);
        Assert.Contains("GR-SG-0101: 2 passed, 0 failed, 2 total", output, StringComparison.Ordinal);
    }

    private static string WithLogic(string logic) => Rule[..Rule.IndexOf("\"Logic\": ", StringComparison.Ordinal)] + $"\"Logic\": {logic} }}";
}
