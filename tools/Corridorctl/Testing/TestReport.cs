using System.Text.Json;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>Writes case results: one line per case and a summary, or one JSON document.</summary>
public static class TestReport
{
    public static void WriteText(TextWriter output, string rule, IReadOnlyList<CaseResult> results)
    {
        foreach (var result in results)
        {
            // No verdict only for an application case whose application could not be used: its error is why.
            var actual = result.Actual is null ? "not run" : $"actual {Describe(result.Actual)}";
            var line = $"{(result.Passes ? "PASS" : "FAIL")}  {rule}  {result.Case.Source}  \"{result.Case.Name}\"  expected {Describe(result.Case.Expected)}, {actual}";
            if (result.Error is not null)
            {
                line += $"  {(result.Actual is null ? "problem" : "error")}: {result.Error}";
            }

            output.WriteLine(line);
        }

        var passed = results.Count(r => r.Passes);
        output.WriteLine($"{rule}: {passed} passed, {results.Count - passed} failed, {results.Count} total");
    }

    public static void WriteJson(TextWriter output, string rule, RuleEnvelopeResult envelope, IReadOnlyList<CaseResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonFile.Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("rule", rule);
            writer.WriteNumber("passed", results.Count(r => r.Passes));
            writer.WriteNumber("failed", results.Count(r => !r.Passes));
            WriteProblems(writer, "envelopeProblems", envelope.Problems);
            WriteProblems(writer, "warnings", envelope.Warnings);
            writer.WriteStartArray("cases");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", result.Case.Source);
                writer.WriteString("name", result.Case.Name);
                writer.WriteBoolean("pass", result.Passes);
                writer.WriteString("expected", Describe(result.Case.Expected));
                writer.WriteString("actual", result.Actual is null ? null : Describe(result.Actual));
                if (result.Value is not null)
                {
                    writer.WritePropertyName("value");
                    writer.WriteRawValue(result.Value, skipInputValidation: true);
                }

                // Only where JSON cannot show the value (an overflow to Infinity is written as null).
                if (result.Display is not null && result.Display != result.Value)
                {
                    writer.WriteString("display", result.Display);
                }

                writer.WriteString("error", result.Error);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static void WriteProblems(Utf8JsonWriter writer, string name, IReadOnlyList<RuleProblem> problems)
    {
        writer.WriteStartArray(name);
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("path", problem.Path);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Describe(Verdict? verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Failed => "failed",
        _ => "invalid",
    };
}
