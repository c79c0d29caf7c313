using System.Text;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>Parses expression text, turning the JSON parser's errors into the engine's own exceptions.</summary>
internal static class ExpressionDocument
{
    public static JsonDocument Parse(string json, CertLogicLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        var depth = (limits ?? CertLogicLimits.Default).EffectiveExpressionDepth;
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = depth + 1 });
        }
        catch (JsonException e)
        {
            if (ExceedsDepth(json, depth + 1))
            {
                throw new CertLogicLimitExceededException("expression depth", depth);
            }

            using var nothing = JsonDocument.Parse("null");
            throw new CertLogicValidationException([new(JsonPaths.Root, $"not valid JSON: {e.Message}", nothing.RootElement.Clone())]);
        }
    }

    /// <summary>Whether the text nests deeper than allowed before any syntax error (the reader keeps no stack frames per level).</summary>
    private static bool ExceedsDepth(string json, int maxDepth)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }
}
