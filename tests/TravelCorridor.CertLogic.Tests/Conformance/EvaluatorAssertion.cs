using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Conformance;

/// <summary>One assertion of an evaluator test-suite file, with the directives that apply to it.</summary>
internal sealed record EvaluatorAssertion(
    string File, int CaseNumber, string Case, int Index, JsonElement Expression, JsonElement Data, JsonElement Expected, bool Skipped)
{
    public const string Folder = "testSuite";

    public static IEnumerable<EvaluatorAssertion> All() =>
        ConformanceSuite.Files(Folder).SelectMany(path => Read(Path.GetFileName(path)));

    public static EvaluatorAssertion Find(string file, int caseNumber, int index) =>
        Read(file).Single(a => a.CaseNumber == caseNumber && a.Index == index);

    private static IEnumerable<EvaluatorAssertion> Read(string file)
    {
        var suite = ConformanceSuite.Load(Folder, file);
        var fileSkipped = IsSkip(suite);
        var caseNumber = 0;
        foreach (var testCase in suite.GetProperty("cases").EnumerateArray())
        {
            caseNumber++;
            var caseName = testCase.GetProperty("name").GetString()!;
            var caseSkipped = fileSkipped || IsSkip(testCase);
            var caseExpression = testCase.TryGetProperty("certLogicExpression", out var e) ? e : default;
            var index = 0;
            foreach (var assertion in testCase.GetProperty("assertions").EnumerateArray())
            {
                var expression = assertion.TryGetProperty("certLogicExpression", out var own) ? own : caseExpression;
                yield return new(file, caseNumber, caseName, index++, expression, assertion.GetProperty("data"),
                    assertion.GetProperty("expected"), caseSkipped || IsSkip(assertion));
            }
        }
    }

    private static bool IsSkip(JsonElement element) =>
        element.TryGetProperty("directive", out var directive) && directive.GetString() == "skip";
}
