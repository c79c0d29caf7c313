using System.Text.Json;
using System.Text.Json.Nodes;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary><c>rules test RULE-SET CASE…</c>: a whole rule set judged offline on application cases, as a node judges them (membership aside).</summary>
public sealed class RulesTestRuleSetTests
{
    private static readonly string RuleSet = $$"""
        { "member": "SG", "version": 3, "validFrom": "2026-11-01T00:00:00Z",
          "rules": [
            {{Rule("GR-SG-0001", "DENY", """{ "<=": [ { "var": "payload.trip.stayDays" }, 14 ] }""", "The stay is at most 14 days", "Tinggal paling lama 14 hari")}},
            {{Rule("GR-SG-0002", "REFER", """{ "!": [ { "!": [ { "var": "payload.health.vaccinations" } ] } ] }""", "A vaccination record is presented", "Rekod vaksinasi ditunjukkan")}},
            {{Rule("GR-SG-0003", "DENY", """{ ">=": [ { "var": "payload.trip.daysInOriginBeforeDeparture" }, 14 ] }""", "14 days in Malaysia before departure", "14 hari di Malaysia", origins: "[ \"MY\" ]")}}
          ],
          "valueSets": {} }
        """;

    [Fact]
    public void Each_outcome_comes_from_the_rules_as_a_node_decides_it()
    {
        var set = CorridorctlRunner.TempFile(RuleSet);
        var cases = CorridorctlRunner.TempFile($"""
            [ {Applications.Case("meets every rule", Applications.Compliant(), ("expectedOutcome", "CLEARED"))},
              {Applications.Case("stays 20 days", Applications.With(a => a["trip"]!["stayDays"] = 20), ("expectedOutcome", "DECISION_OUTCOME_DENIED"))},
              {Applications.Case("no vaccination", Applications.With(a => a["health"]!.AsObject().Remove("vaccinations")), ("expectedOutcome", "REFERRED"))},
              {Applications.Case("from Brunei, 5 days there", Applications.With(a => a["trip"]!["daysInOriginBeforeDeparture"] = 5, origin: "BN"), ("expectedOutcome", "CLEARED"))} ]
            """);

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", set, cases);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"meets every rule\"  expected CLEARED, actual CLEARED  GR-SG-0001 PASSED, GR-SG-0002 PASSED, GR-SG-0003 PASSED", output, StringComparison.Ordinal);
        Assert.Contains("\"stays 20 days\"  expected DENIED, actual DENIED  GR-SG-0001 FAILED (DENY), GR-SG-0002 PASSED", output, StringComparison.Ordinal);
        Assert.Contains("\"no vaccination\"  expected REFERRED, actual REFERRED  GR-SG-0001 PASSED, GR-SG-0002 FAILED (REFER)", output, StringComparison.Ordinal);
        Assert.Contains("\"from Brunei, 5 days there\"  expected CLEARED, actual CLEARED  GR-SG-0001 PASSED, GR-SG-0002 PASSED, GR-SG-0003 NOT_APPLICABLE", output, StringComparison.Ordinal);
        Assert.Contains("SG version 3: 4 passed, 0 failed, 4 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_says_that_membership_is_not_checked_offline()
    {
        var set = CorridorctlRunner.TempFile(RuleSet);
        var cases = CorridorctlRunner.TempFile(Applications.Case("meets every rule", Applications.Compliant(), ("expectedOutcome", "CLEARED")));

        var (_, text, _) = CorridorctlRunner.Run("rules", "test", set, cases);
        var (_, json, _) = CorridorctlRunner.Run("rules", "test", "--json", set, cases);

        Assert.Contains("rule set SG version 3, valid from 2026-11-01T00:00:00Z, 3 rule(s)", text, StringComparison.Ordinal);
        Assert.Contains("note: membership is NOT checked offline", text, StringComparison.Ordinal);
        Assert.Contains("the node's TestRuleSet checks it", text, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json);
        Assert.False(report.RootElement.GetProperty("membershipChecked").GetBoolean());
    }

    [Fact]
    public void A_failed_case_shows_the_failed_rules_with_their_descriptions_in_the_language_asked_for()
    {
        var set = CorridorctlRunner.TempFile(RuleSet);
        var cases = CorridorctlRunner.TempFile(Applications.Case("expected cleared, stays 20 days",
            Applications.With(a => a["trip"]!["stayDays"] = 20), ("expectedOutcome", "CLEARED")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", "--language", "ms", set, cases);
        var (_, json, _) = CorridorctlRunner.Run("rules", "test", "--json", "--language", "ms", set, cases);

        Assert.Equal(1, exitCode);
        Assert.Contains("FAIL  ", output, StringComparison.Ordinal);
        Assert.Contains("expected CLEARED, actual DENIED", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0001 1.0.0 FAILED, DENY: Tinggal paling lama 14 hari", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json);
        var result = Assert.Single(report.RootElement.GetProperty("cases").EnumerateArray());
        Assert.False(result.GetProperty("pass").GetBoolean());
        Assert.Equal("DENIED", result.GetProperty("outcome").GetString());
        Assert.Equal("2026-12-01T09:05:00Z", result.GetProperty("evaluatedAt").GetString());
        var rule = result.GetProperty("rules")[0];
        Assert.Equal("FAILED", rule.GetProperty("result").GetString());
        Assert.Equal("ms", rule.GetProperty("descriptionLanguage").GetString());
    }

    [Fact]
    public void A_rule_that_cannot_be_evaluated_refers_the_traveller_and_its_error_is_shown()
    {
        var set = CorridorctlRunner.TempFile($$"""
            { "member": "SG", "version": 1, "validFrom": "2026-11-01T00:00:00Z", "valueSets": {}, "rules": [
              {{Rule("GR-SG-0001", "DENY", """{ "before": [ { "plusTime": [ { "var": "payload.traveller.givenNames" }, 0, "day" ] }, { "plusTime": [ "2030-01-01", 0, "day" ] } ] }""", "A date", "Tarikh")}} ] }
            """);
        var cases = CorridorctlRunner.TempFile(Applications.Case("a name is no date", Applications.Compliant(), ("expectedOutcome", "REFERRED")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", set, cases);

        Assert.Equal(0, exitCode);
        Assert.Contains("expected REFERRED, actual REFERRED  GR-SG-0001 ERROR (not an allowed date or date-time format: Aisyah (at $.before[0]))", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_for_another_member_or_in_the_eu_format_is_a_problem_not_a_decision()
    {
        var set = CorridorctlRunner.TempFile(RuleSet);
        var toMalaysia = Applications.With(a => { a["trip"]!["destination"] = "MY"; a["trip"]!["origin"] = "SG"; });
        var cases = CorridorctlRunner.TempFile($$"""
            [ {{Applications.Case("to Malaysia", toMalaysia, ("expectedOutcome", "CLEARED"))}},
              { "name": "EU layout", "payload": {}, "external": {}, "expected": true } ]
            """);

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", set, cases);

        Assert.Equal(1, exitCode);
        Assert.Contains("\"to Malaysia\"  expected CLEARED, not run  problem: application.trip.destination: is MY, but the rule set is SG's", output, StringComparison.Ordinal);
        Assert.Contains("\"EU layout\"  expected invalid, not run  problem: a rule set is tested on application cases", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_with_problems_runs_no_case_and_fails()
    {
        var set = CorridorctlRunner.TempFile(RuleSet.Replace("\"<=\"", "\"=<\"", StringComparison.Ordinal));
        var cases = CorridorctlRunner.TempFile(Applications.Case("meets every rule", Applications.Compliant(), ("expectedOutcome", "CLEARED")));

        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "test", set, cases);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: rule set: $.rules[0].Logic", error, StringComparison.Ordinal);
        Assert.Contains("=<", error, StringComparison.Ordinal);
        Assert.Contains("rule set SG version 3: 1 problem(s), no case can run", output, StringComparison.Ordinal);
        Assert.Contains("not run  problem: the rule set has problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_rule_set_is_tested_on_its_payload_and_its_signature_is_said_to_be_unchecked()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory);
        var document = ScratchFiles.Write(directory, "sg-rules.json", RuleSet);
        var signed = Path.Combine(directory, "sg-rules.jws");
        Assert.Equal(0, CorridorctlRunner.Run("rules", "sign", document, "--key", keyFile, "--out", signed).ExitCode);
        var cases = CorridorctlRunner.TempFile(Applications.Case("meets every rule", Applications.Compliant(), ("expectedOutcome", "CLEARED")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", signed, cases);

        Assert.Equal(0, exitCode);
        Assert.Contains("rule set SG version 3, valid from 2026-11-01T00:00:00Z, 3 rule(s); signed with key sg-rules-test, signature NOT checked offline", output, StringComparison.Ordinal);
        Assert.Contains("SG version 3: 1 passed, 0 failed, 1 total", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_seed_made_singapore_s_clears_a_compliant_traveller()
    {
        var seed = File.ReadAllText(Path.Combine(NodeScript.RepositoryRoot(), "services", "BuildingBlocks", "Decisions", "RuleSets", "Seed", "baseline-rule-set.json"));
        var set = CorridorctlRunner.TempFile(seed.Replace("XX", "SG", StringComparison.Ordinal));
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeScript.RepositoryRoot(), "docs", "examples", "evaluate-eligibility.json")))!;
        var cases = CorridorctlRunner.TempFile(Applications.Case("the documented traveller", example["application"]!.DeepClone().AsObject(),
            ("expectedOutcome", "CLEARED")));

        var (exitCode, output, _) = CorridorctlRunner.Run("rules", "test", set, cases);

        Assert.Equal(0, exitCode);
        Assert.Contains("rule set SG version 0 (the baseline seed: unsigned, never published), valid from 2020-01-01T00:00:00Z, 7 rule(s)", output, StringComparison.Ordinal);
        Assert.Contains("expected CLEARED, actual CLEARED  GR-SG-0001 PASSED, GR-SG-0002 PASSED, GR-SG-0003 PASSED, GR-SG-0004 PASSED, " +
            "GR-SG-0005 PASSED, GR-SG-0006 PASSED, GR-SG-0007 PASSED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_example_rule_set_meets_its_documented_cases()
    {
        // Exactly the command docs/rules.md gives, from the repository root.
        var root = NodeScript.RepositoryRoot();
        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "test",
            Path.Combine(root, "docs/examples/sg-rule-set.json"), Path.Combine(root, "docs/examples/sg-cases.json"));

        Assert.True(exitCode == 0, output + error);
        Assert.Equal("", error);
        Assert.Contains("SG version 1: 5 passed, 0 failed, 5 total", output, StringComparison.Ordinal);
        Assert.Contains("GR-SG-0005 NOT_APPLICABLE", output, StringComparison.Ordinal);
        Assert.Contains("actual REFERRED", output, StringComparison.Ordinal);
        Assert.Contains("actual DENIED", output, StringComparison.Ordinal);
    }

    private static string Rule(string identifier, string outcome, string logic, string english, string malay, string origins = "[]") => $$"""
        { "Identifier": "{{identifier}}", "Type": "Acceptance", "Country": "SG", "Version": "1.0.0", "SchemaVersion": "1.0.0",
          "Engine": "CERTLOGIC", "EngineVersion": "1.0.0", "CertificateType": "General",
          "Description": [ { "lang": "en", "desc": "{{english}}" }, { "lang": "ms", "desc": "{{malay}}" } ],
          "ValidFrom": "2020-01-01T00:00:00Z", "ValidTo": "2100-01-01T00:00:00Z", "AffectedFields": [ "trip" ],
          "Logic": {{logic}}, "Outcome": "{{outcome}}", "Origins": {{origins}} }
        """;
}
