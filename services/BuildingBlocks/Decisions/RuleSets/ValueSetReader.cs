using System.Text.Json;
using System.Text.RegularExpressions;
using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// Reads a rule set's <c>valueSets</c>: named lists of strings (accepted test types, vaccine products, …)
/// that rules read from <c>external.valueSets</c>, so a list can change without touching rule logic.
/// </summary>
internal static partial class ValueSetReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(JsonElement root, List<RuleProblem> problems)
    {
        var sets = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!JsonText.TryGetProperty(root, "valueSets", out var value))
        {
            return sets;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("$.valueSets", "must be an object of named lists of strings, e.g. { \"accepted-test-types\": [\"PCR\"] }"));
            return sets;
        }
        foreach (var property in value.EnumerateObject())
        {
            var name = JsonText.GetName(property);
            var at = $"$.valueSets.{name}";
            if (sets.Count == RuleSetLimits.MaxValueSets)
            {
                problems.Add(new("$.valueSets", $"has more than {RuleSetLimits.MaxValueSets} value sets, the most a rule set may have"));
                break;
            }
            if (!NamePattern().IsMatch(name))
            {
                problems.Add(new(at, $"is not a usable name: 1 to {RuleSetLimits.MaxValueSetNameLength} letters, digits, '-', '_' or '.', starting with a letter"));
                continue;
            }
            if (sets.ContainsKey(name))
            {
                problems.Add(new(at, "is named twice"));
                continue;
            }
            if (ReadValues(property.Value, at, problems) is { } values)
            {
                sets.Add(name, values);
            }
        }
        return sets;
    }

    private static List<string>? ReadValues(JsonElement list, string at, List<RuleProblem> problems)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(at, "must be an array of strings"));
            return null;
        }
        if (list.GetArrayLength() > RuleSetLimits.MaxValueSetEntries)
        {
            problems.Add(new(at, $"has {list.GetArrayLength():N0} entries; a value set may have at most {RuleSetLimits.MaxValueSetEntries:N0}"));
            return null;
        }
        var values = new List<string>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? JsonText.GetString(item) : null;
            if (text is null || text.Length is 0 || text.Length > RuleSetLimits.MaxValueLength)
            {
                problems.Add(new($"{at}[{index}]", $"must be a string of 1 to {RuleSetLimits.MaxValueLength} characters"));
            }
            else
            {
                values.Add(text);
            }
            index++;
        }
        return values;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.-]{0,63}\z")]
    private static partial Regex NamePattern();
}
