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
        catch (JsonException e) when (e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            throw new CertLogicLimitExceededException("expression depth", depth);
        }
        catch (JsonException e)
        {
            using var nothing = JsonDocument.Parse("null");
            throw new CertLogicValidationException([new(JsonPaths.Root, $"not valid JSON: {e.Message}", nothing.RootElement.Clone())]);
        }
    }
}
