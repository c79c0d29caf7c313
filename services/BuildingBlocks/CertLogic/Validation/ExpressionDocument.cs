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
        if (LoneSurrogates.IndexIn(json) is var at and >= 0)
        {
            // The parser cannot even read such text (it has no UTF-8 form); in a JSON file it can only be an escape.
            throw Malformed($"not valid JSON: a lone surrogate character ({LoneSurrogates.Describe(json[at])}) at index {at} is not Unicode text; write it as an escape");
        }

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

            throw Malformed($"not valid JSON: {e.Message}");
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("parsing an expression", e);
        }
    }

    private static CertLogicValidationException Malformed(string message)
    {
        using var nothing = JsonDocument.Parse("null");
        return new CertLogicValidationException([new(JsonPaths.Root, message, nothing.RootElement.Clone())]);
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
