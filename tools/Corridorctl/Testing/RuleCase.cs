using System.Text.Json;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// One test case in the layout national rule repositories publish (e.g. the EU's dgc-business-rules-testdata):
/// <c>{ "name", "payload", "external", "expected" }</c>, where <c>expected</c> is <c>true</c>/<c>false</c>
/// (also accepted: <c>"passed"</c>/<c>"failed"</c>). A file may also hold an array of such cases.
/// A case may instead be in our application format, <c>{ "name", "application", "evaluationTime", "valueSets",
/// "corridor", "expected" }</c> (<see cref="ApplicationCase"/>): <see cref="Application"/> is then set, and the
/// rule is evaluated on the data a node builds from it.
/// </summary>
public sealed record RuleCase(string Source, string Name, JsonElement Payload, JsonElement External, Verdict? Expected, string? Problem,
    ApplicationCase? Application = null)
{
    public static IEnumerable<RuleCase> Read(string source, JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((item, i) => FromElement($"{source}[{i}]", item))
            : [FromElement(source, root)];

    public static RuleCase Unreadable(string source, string problem) => new(source, source, default, default, null, problem);

    private static RuleCase FromElement(string source, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(source, "a case must be a JSON object");
        }

        // JsonText, not JsonElement's own readers: those throw on a lone surrogate ("\ud800"), which is legal JSON.
        var name = JsonText.TryGetProperty(element, "name", out var n) && n.ValueKind == JsonValueKind.String ? JsonText.GetString(n) : source;
        var payload = JsonText.TryGetProperty(element, "payload", out var p) ? p.Clone() : default;
        var external = JsonText.TryGetProperty(element, "external", out var e) ? e.Clone() : default;
        var expected = JsonText.TryGetProperty(element, "expected", out var x) ? ParseExpected(x) : null;
        var expectedProblem = expected is null ? "\"expected\" must be true, false, \"passed\" or \"failed\"" : null;
        if (JsonText.TryGetProperty(element, "application", out _))
        {
            var application = ApplicationCaseReader.Read(element);
            if (expected is null && JsonText.TryGetProperty(element, "expectedOutcome", out _))
            {
                expectedProblem += " (\"expectedOutcome\" is for a whole rule set; this is a single rule)";
            }
            string?[] problems = [application.Problem, expectedProblem];
            var problem = problems.Any(p => p is not null) ? string.Join("; ", problems.OfType<string>()) : null;
            return new(source, name, default, default, expected, problem, application);
        }
        return new(source, name, payload, external, expected, expectedProblem);
    }

    private static Verdict? ParseExpected(JsonElement expected) => expected.ValueKind switch
    {
        JsonValueKind.True => Verdict.Passed,
        JsonValueKind.False => Verdict.Failed,
        JsonValueKind.String when string.Equals(JsonText.GetString(expected), "passed", StringComparison.OrdinalIgnoreCase) => Verdict.Passed,
        JsonValueKind.String when string.Equals(JsonText.GetString(expected), "failed", StringComparison.OrdinalIgnoreCase) => Verdict.Failed,
        _ => null,
    };
}
