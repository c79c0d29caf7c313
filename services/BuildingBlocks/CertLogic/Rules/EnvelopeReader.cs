using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TravelCorridor.CertLogic.Rules;

/// <summary>Reads the fields of a rule object, recording a problem for each one that is missing or malformed.</summary>
internal sealed partial class EnvelopeReader(JsonElement root)
{
    public List<RuleProblem> Problems { get; } = [];

    /// <summary>Findings that do not stop the rule (warnings about its logic).</summary>
    public List<RuleProblem> Warnings { get; } = [];

    public void Problem(string field, string message) => Problems.Add(new(Path(field), message));

    public JsonElement? Field(string name, bool required)
    {
        if (JsonText.TryGetProperty(root, name, out var value))
        {
            return value;
        }

        if (required)
        {
            Problem(name, "is required");
        }

        return null;
    }

    public string? String(string name, bool required, Regex? pattern = null, string? patternDescription = null)
    {
        if (Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(name, "must be a string");
            return null;
        }

        var text = JsonText.GetString(value);
        if (!IsText(name, text))
        {
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            Problem(name, $"must be {patternDescription}, but is \"{text}\"");
            return null;
        }

        return text;
    }

    public T? OneOf<T>(string name, bool required, params (string Text, T Value)[] choices)
        where T : struct
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        foreach (var (choice, value) in choices)
        {
            if (choice == text)
            {
                return value;
            }
        }

        Problem(name, $"must be one of {string.Join(", ", choices.Select(c => c.Text))}, but is \"{text}\"");
        return null;
    }

    public RuleVersion? Version(string name)
    {
        var text = String(name, required: true);
        if (text is null)
        {
            return null;
        }

        if (RuleVersion.TryParse(text, out var version))
        {
            return version;
        }

        Problem(name, $"must be a semantic version major.minor.patch, but is \"{text}\"");
        return null;
    }

    public DateTimeOffset? Timestamp(string name)
    {
        var text = String(name, required: true, TimestampPattern(), "an ISO 8601 timestamp with seconds and a time zone (e.g. 2021-06-01T00:00:00Z)");
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp))
        {
            return timestamp;
        }

        Problem(name, $"is not a valid date-time: \"{text}\"");
        return null;
    }

    /// <summary>An optional or required array of strings, each checked by <paramref name="pattern"/>.</summary>
    public IReadOnlyList<string>? Strings(string name, bool required, bool nonEmpty, Regex pattern, string patternDescription)
    {
        if (Field(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, "must be an array of strings");
            return null;
        }

        var items = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? JsonText.GetString(item) : null;
            if (text is null || !pattern.IsMatch(text))
            {
                Problems.Add(new($"{Path(name)}[{i}]", $"must be {patternDescription}"));
            }
            else if (IsText($"{name}[{i}]", text))
            {
                items.Add(text);
            }

            i++;
        }

        if (nonEmpty && i == 0)
        {
            Problem(name, "must have at least one entry");
        }

        return items;
    }

    public static string Path(string field) => $"$.{field}";

    /// <summary>
    /// Whether a string is Unicode text, recording a problem if not. JSON may hold a lone surrogate as an
    /// escape (<c>"\ud800"</c>); in an envelope field, all of which are stored and shown, it is a mistake.
    /// </summary>
    public bool IsText(string field, string text)
    {
        if (LoneSurrogates.IndexIn(text) is var at and >= 0)
        {
            Problem(field, $"must be Unicode text, but holds a lone UTF-16 surrogate ({LoneSurrogates.Describe(text[at])}) at index {at}");
            return false;
        }

        return true;
    }

    // Anchored at the true end (\z: "$" would let a trailing "\n" through); [0-9], not \d, which matches any Unicode digit.
    [GeneratedRegex(@"^[0-9]{4}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]([-+][0-2][0-9]:[0-5][0-9]|Z)\z")]
    private static partial Regex TimestampPattern();
}
