using System.Text.Json;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Decisions.Judging;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// Writes a rule set's case results: a heading that says what was and was not checked, one line per case with
/// its outcome and every rule's result (under a failed case, the failed rules' descriptions), and a summary;
/// or one JSON document.
/// </summary>
public static class RuleSetTestReport
{
    public const string MembershipNote =
        "membership is NOT checked offline (both member states active, an open corridor between them covering the purpose and the stay); " +
        "the node's TestRuleSet checks it";

    public static void WriteText(TextWriter output, RuleSetUnderTest set, IReadOnlyList<RuleSetCaseResult> results)
    {
        output.WriteLine(Heading(set));
        output.WriteLine($"note: {MembershipNote}");
        foreach (var result in results)
        {
            var expected = result.Case.Expected is { } outcome ? RuleSetCase.Describe(outcome) : "invalid";
            var line = $"{(result.Passes ? "PASS" : "FAIL")}  {result.Case.Source}  \"{result.Case.Name}\"  expected {expected}, ";
            output.WriteLine(result.Outcome is { } actual
                ? line + $"actual {RuleSetCase.Describe(actual)}  {(result.Rules.Count == 0 ? "no rule in force" : string.Join(", ", result.Rules.Select(Brief)))}"
                : line + $"not run  problem: {result.Problem}");
            if (!result.Passes)
            {
                foreach (var rule in result.Rules.Where(r => r.Result is RuleResultKind.Failed or RuleResultKind.Error))
                {
                    output.WriteLine($"      {rule.Identifier} {rule.Version} {ResultName(rule.Result)}, {OutcomeName(rule.FailureOutcome)}: {rule.Description}");
                }
            }
        }

        var passed = results.Count(r => r.Passes);
        output.WriteLine($"{set.Title}: {passed} passed, {results.Count - passed} failed, {results.Count} total");
    }

    public static void WriteJson(TextWriter output, RuleSetUnderTest set, string language, IReadOnlyList<RuleSetCaseResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonFile.Indented))
        {
            writer.WriteStartObject();
            WriteRuleSet(writer, set);
            writer.WriteBoolean("membershipChecked", false);
            writer.WriteString("note", MembershipNote);
            writer.WriteString("language", language);
            writer.WriteNumber("passed", results.Count(r => r.Passes));
            writer.WriteNumber("failed", results.Count(r => !r.Passes));
            TestReport.WriteProblems(writer, "problems", set.Read.Problems);
            TestReport.WriteProblems(writer, "warnings", set.Read.Warnings);
            writer.WriteStartArray("cases");
            foreach (var result in results)
            {
                WriteCase(writer, result);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Heading(RuleSetUnderTest set)
    {
        var header = set.Read.Header;
        var facts = set.Read.RuleSet is { } ruleSet
            ? $", valid from {Instant.Text(ruleSet.ValidFrom)}, {ruleSet.Rules.Count} rule(s)"
            : $": {set.Read.Problems.Count} problem(s), no case can run";
        var seed = header.Version == 0 ? " (the baseline seed: unsigned, never published)" : "";
        var signature = set.KeyId is null ? "" : $"; signed with key {set.KeyId}, signature NOT checked offline ('rules validate' checks it on a node)";
        return $"rule set {set.Title}{seed}{facts}{signature}";
    }

    private static void WriteRuleSet(Utf8JsonWriter writer, RuleSetUnderTest set)
    {
        var header = set.Read.Header;
        writer.WriteStartObject("ruleSet");
        writer.WriteString("file", set.File);
        writer.WriteString("member", header.Member);
        if (header.Version is { } version)
        {
            writer.WriteNumber("version", version);
        }
        else
        {
            writer.WriteNull("version");
        }

        writer.WriteString("validFrom", header.ValidFrom is { } validFrom ? Instant.Text(validFrom) : null);
        writer.WriteBoolean("valid", set.Read.IsValid);
        writer.WriteNumber("rules", set.Read.RuleSet?.Rules.Count ?? 0);
        writer.WriteString("keyId", set.KeyId);
        writer.WriteBoolean("signatureChecked", false);
        writer.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter writer, RuleSetCaseResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("file", result.Case.Source);
        writer.WriteString("name", result.Case.Name);
        writer.WriteBoolean("pass", result.Passes);
        writer.WriteString("expectedOutcome", result.Case.Expected is { } expected ? RuleSetCase.Describe(expected) : null);
        writer.WriteString("outcome", result.Outcome is { } outcome ? RuleSetCase.Describe(outcome) : null);
        writer.WriteString("evaluatedAt", result.EvaluatedAt is { } at ? Instant.Text(at) : null);
        writer.WriteString("problem", result.Problem);
        writer.WriteStartArray("rules");
        foreach (var rule in result.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("identifier", rule.Identifier);
            writer.WriteString("version", rule.Version.ToString());
            writer.WriteString("result", ResultName(rule.Result));
            writer.WriteString("failureOutcome", OutcomeName(rule.FailureOutcome));
            writer.WriteString("description", rule.Description);
            writer.WriteString("descriptionLanguage", rule.DescriptionLanguage);
            writer.WriteString("error", rule.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>"GR-SG-0002 FAILED (DENY)": what failing it means beside a failure, the error beside an error.</summary>
    private static string Brief(RuleJudgement rule) => rule.Result switch
    {
        RuleResultKind.Failed => $"{rule.Identifier} FAILED ({OutcomeName(rule.FailureOutcome)})",
        RuleResultKind.Error => $"{rule.Identifier} ERROR ({rule.Error})",
        _ => $"{rule.Identifier} {ResultName(rule.Result)}",
    };

    /// <summary>The names of the proto's RuleResultKind without its prefix.</summary>
    private static string ResultName(RuleResultKind result) => result switch
    {
        RuleResultKind.Passed => "PASSED",
        RuleResultKind.Failed => "FAILED",
        RuleResultKind.NotApplicable => "NOT_APPLICABLE",
        _ => "ERROR",
    };

    /// <summary>As rule authors write it in the envelope (<c>"Outcome": "DENY"</c>).</summary>
    private static string OutcomeName(CertLogic.Rules.RuleOutcome outcome) => outcome == CertLogic.Rules.RuleOutcome.Refer ? "REFER" : "DENY";
}
