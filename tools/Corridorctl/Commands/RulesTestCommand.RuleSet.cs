using System.Text.RegularExpressions;
using TravelCorridor.Corridorctl.Testing;
using TravelCorridor.Decisions.RuleSets;

namespace TravelCorridor.Corridorctl.Commands;

// A whole rule set: read as a node reads it, each application case judged by the node's own code, membership aside.
public static partial class RulesTestCommand
{
    private static int RunRuleSet(string fileName, byte[] document, string? keyId, FileInfo[] caseFiles, bool json, bool strict, string language,
        TextWriter output, TextWriter error)
    {
        // Version 0 is allowed, unlike on a node, so that the baseline seed template can be tried before it is adopted.
        var set = new RuleSetUnderTest(fileName, RuleSetReader.Read(document, allowSeed: true), keyId);
        var runner = new RuleSetCaseRunner(set.Read.RuleSet, language);
        var results = CaseFiles.Read(caseFiles, RuleSetCase.Read, RuleSetCase.Unreadable).Select(runner.Run).ToList();
        if (json)
        {
            RuleSetTestReport.WriteJson(output, set, language, results);
        }
        else
        {
            foreach (var problem in set.Read.Problems)
            {
                error.WriteLine($"error: rule set: {problem}");
            }

            foreach (var warning in set.Read.Warnings)
            {
                error.WriteLine($"warning: rule set: {warning}");
            }

            RuleSetTestReport.WriteText(output, set, results);
        }

        var allPassed = set.Read.IsValid && results.All(r => r.Passes) && !(strict && set.Read.Warnings.Count > 0);
        return allPassed ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>As the node takes a language_code: <c>en</c>, <c>ms</c>, <c>zh-cn</c>.</summary>
    private static bool IsLanguageCode(string text) => LanguagePattern().IsMatch(text);

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]{2})?\z")]
    private static partial Regex LanguagePattern();
}
