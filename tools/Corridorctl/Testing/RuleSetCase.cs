using System.Text.Json;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Judging;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// One case for a whole rule set, as TestRuleSet takes it: <c>{ "name", "application", "evaluationTime",
/// "corridor", "expectedOutcome" }</c> with <c>expectedOutcome</c> <c>CLEARED</c>, <c>REFERRED</c> or <c>DENIED</c>
/// (or the proto names <c>DECISION_OUTCOME_CLEARED</c>, …). A file may also hold an array of such cases.
/// Value sets are the rule set's own, so a case may not bring its own.
/// </summary>
public sealed record RuleSetCase(string Source, string Name, ApplicationCase? Application, DecisionOutcome? Expected, string? Problem)
{
    private const string OutcomePrefix = "DECISION_OUTCOME_";

    public static IEnumerable<RuleSetCase> Read(string source, JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((item, i) => FromElement($"{source}[{i}]", item))
            : [FromElement(source, root)];

    public static RuleSetCase Unreadable(string source, string problem) => new(source, source, null, null, problem);

    /// <summary>As people and the proto's JSON read an outcome without its prefix: <c>CLEARED</c>.</summary>
    public static string Describe(DecisionOutcome outcome) => outcome.ToString().ToUpperInvariant();

    private static RuleSetCase FromElement(string source, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(source, "a case must be a JSON object");
        }

        var name = JsonText.TryGetProperty(element, "name", out var n) && n.ValueKind == JsonValueKind.String ? JsonText.GetString(n) : source;
        var problems = new List<string>();
        ApplicationCase? application = null;
        if (!JsonText.TryGetProperty(element, "application", out _))
        {
            problems.Add("a rule set is tested on application cases { \"name\", \"application\", \"expectedOutcome\" }; " +
                "\"payload\"/\"external\" cases test a single rule");
        }
        else
        {
            application = ApplicationCaseReader.Read(element);
            if (application.ValueSets is not null)
            {
                problems.Add("valueSets: a rule set's cases read the set's own value sets; leave \"valueSets\" out");
            }
            if (application.Problem is not null)
            {
                problems.Add(application.Problem);
            }
        }
        var expected = ParseExpected(element, problems);
        return new(source, name, problems.Count == 0 ? application : null, expected, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static DecisionOutcome? ParseExpected(JsonElement element, List<string> problems)
    {
        if (JsonText.TryGetProperty(element, "expectedOutcome", out var value) && value.ValueKind == JsonValueKind.String)
        {
            var text = JsonText.GetString(value);
            var name = text.StartsWith(OutcomePrefix, StringComparison.OrdinalIgnoreCase) ? text[OutcomePrefix.Length..] : text;
            // Enum.TryParse alone would also take numbers ("2") and lists ("Cleared,Denied").
            var outcome = Enum.GetValues<DecisionOutcome>().Select(o => (DecisionOutcome?)o)
                .FirstOrDefault(o => string.Equals(Describe(o!.Value), name, StringComparison.OrdinalIgnoreCase));
            if (outcome is not null)
            {
                return outcome;
            }
        }
        problems.Add(JsonText.TryGetProperty(element, "expected", out _) && !JsonText.TryGetProperty(element, "expectedOutcome", out _)
            ? "a rule set's case needs \"expectedOutcome\": \"CLEARED\", \"REFERRED\" or \"DENIED\" (\"expected\" true/false is a single rule's verdict)"
            : "\"expectedOutcome\" must be \"CLEARED\", \"REFERRED\" or \"DENIED\"");
        return null;
    }
}
