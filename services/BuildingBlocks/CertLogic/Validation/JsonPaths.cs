using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>JSONPath-style locations within an expression: <c>$.and[1]['not-after'][0]</c>.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Property(string path, string name) =>
        IsIdentifier(name) ? $"{path}.{name}" : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>How JavaScript's template strings render a JSON value, for messages that quote one.</summary>
    public static string Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonText.GetString(value),
        JsonValueKind.Number => CertLogicValue.ReadNumber(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
