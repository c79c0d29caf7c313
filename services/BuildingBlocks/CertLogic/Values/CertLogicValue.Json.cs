using System.Globalization;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

// Reading values from JSON, once, as JSON.parse reads it.
public readonly partial struct CertLogicValue
{
    /// <summary>
    /// Converts parsed JSON to a value, once, so rules can then be evaluated over it without touching
    /// JSON again. Throws <see cref="CertLogicLimitExceededException"/> when nested deeper than
    /// <see cref="CertLogicLimits.MaxDataDepth"/>.
    /// </summary>
    /// <remarks>
    /// Strings are read as <c>JSON.parse</c> reads them: an escaped lone surrogate (<c>"\ud800"</c>) is kept as
    /// that code unit (see <see cref="JsonText"/>), so it compares and is written back as in certlogic-js.
    /// </remarks>
    public static CertLogicValue FromJson(JsonElement json, CertLogicLimits? limits = null)
    {
        try
        {
            return FromJson(json, 0, (limits ?? CertLogicLimits.Default).EffectiveDataDepth);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("reading data", e);
        }
    }

    /// <summary>
    /// Parses JSON text to a value; malformed JSON throws <see cref="JsonException"/>, and so does text with
    /// a lone surrogate character, which has no UTF-8 form (write it as the escape <c>\ud800</c> instead).
    /// </summary>
    public static CertLogicValue Parse(string json, CertLogicLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (LoneSurrogates.IndexIn(json) is var at and >= 0)
        {
            throw new JsonException($"The JSON text holds a lone surrogate character ({LoneSurrogates.Describe(json[at])}) at index {at}, which is not Unicode text.");
        }

        using var document = JsonDocument.Parse(json, DocumentOptions(limits));
        return FromJson(document.RootElement, limits);
    }

    /// <summary>Parses UTF-8 JSON to a value; malformed JSON throws <see cref="JsonException"/>.</summary>
    public static CertLogicValue Parse(ReadOnlyMemory<byte> utf8Json, CertLogicLimits? limits = null)
    {
        using var document = JsonDocument.Parse(utf8Json, DocumentOptions(limits));
        return FromJson(document.RootElement, limits);
    }

    internal static JsonDocumentOptions DocumentOptions(CertLogicLimits? limits) =>
        new() { MaxDepth = Math.Max((limits ?? CertLogicLimits.Default).EffectiveDataDepth, 1) + 1 };

    private static CertLogicValue FromJson(JsonElement json, int depth, int maxDepth)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return FromString(JsonText.GetString(json));
            case JsonValueKind.Number:
                return new(CertLogicValueKind.Number, ReadNumber(json), null);
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            case JsonValueKind.Array:
                CheckDepth(depth, maxDepth);
                var items = new CertLogicValue[json.GetArrayLength()];
                var i = 0;
                foreach (var item in json.EnumerateArray())
                {
                    items[i++] = FromJson(item, depth + 1, maxDepth);
                }

                return FromArrayUnsafe(items);
            case JsonValueKind.Object:
                CheckDepth(depth, maxDepth);
                var pairs = new List<KeyValuePair<string, CertLogicValue>>();
                foreach (var property in json.EnumerateObject())
                {
                    pairs.Add(new(JsonText.GetName(property), FromJson(property.Value, depth + 1, maxDepth)));
                }

                return FromObjectUnsafe(CertLogicObject.FromPairs(pairs));
            default:
                return Null;
        }
    }

    /// <summary>Numbers as JavaScript reads them: doubles, overflowing to infinity.</summary>
    internal static double ReadNumber(JsonElement json) =>
        json.TryGetDouble(out var number)
            ? number
            : double.Parse(json.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void CheckDepth(int depth, int maxDepth)
    {
        if (depth >= maxDepth)
        {
            throw new CertLogicLimitExceededException("data depth", maxDepth);
        }
    }
}
