using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

public readonly partial struct CertLogicValue
{
    /// <summary>
    /// Converts parsed JSON to a value, once, so rules can then be evaluated over it without touching
    /// JSON again. Throws <see cref="CertLogicLimitExceededException"/> when nested deeper than
    /// <see cref="CertLogicLimits.MaxDataDepth"/>.
    /// </summary>
    public static CertLogicValue FromJson(JsonElement json, CertLogicLimits? limits = null) =>
        FromJson(json, 0, (limits ?? CertLogicLimits.Default).EffectiveDataDepth);

    /// <summary>Parses JSON text to a value; malformed JSON throws <see cref="JsonException"/>.</summary>
    public static CertLogicValue Parse(string json, CertLogicLimits? limits = null)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions(limits));
        return FromJson(document.RootElement, limits);
    }

    /// <summary>Parses UTF-8 JSON to a value; malformed JSON throws <see cref="JsonException"/>.</summary>
    public static CertLogicValue Parse(ReadOnlyMemory<byte> utf8Json, CertLogicLimits? limits = null)
    {
        using var document = JsonDocument.Parse(utf8Json, DocumentOptions(limits));
        return FromJson(document.RootElement, limits);
    }

    /// <summary>
    /// Writes the value as JSON; a date-time is written as its ISO 8601 UTC string with milliseconds
    /// (as the reference implementation serialises dates), a non-finite number as <c>null</c>.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer, CertLogicLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var budget = (limits ?? CertLogicLimits.Default).MaxOutputNodes;
        Write(writer, this, 0, ref budget, limits ?? CertLogicLimits.Default);
    }

    /// <summary>The value as JSON text.</summary>
    public string ToJsonString(bool indented = false, CertLogicLimits? limits = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, MaxDepth = CertLogicLimits.AbsoluteMaxDepth + 2 }))
        {
            WriteTo(writer, limits);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CertLogicValueKind.Array => $"array of {Count}",
        CertLogicValueKind.Object => $"object with {Count} key(s)",
        _ => ToJsonString(),
    };

    internal static JsonDocumentOptions DocumentOptions(CertLogicLimits? limits) =>
        new() { MaxDepth = Math.Max((limits ?? CertLogicLimits.Default).EffectiveDataDepth, 1) + 1 };

    private static CertLogicValue FromJson(JsonElement json, int depth, int maxDepth)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                return FromString(json.GetString()!);
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
                    pairs.Add(new(property.Name, FromJson(property.Value, depth + 1, maxDepth)));
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

    private static void Write(Utf8JsonWriter writer, in CertLogicValue value, int depth, ref int budget, CertLogicLimits limits)
    {
        if (--budget < 0)
        {
            throw new CertLogicLimitExceededException("output size", limits.MaxOutputNodes);
        }

        switch (value.Kind)
        {
            case CertLogicValueKind.Null:
                writer.WriteNullValue();
                break;
            case CertLogicValueKind.Boolean:
                writer.WriteBooleanValue(value._number != 0);
                break;
            case CertLogicValueKind.Number when double.IsFinite(value._number):
                writer.WriteNumberValue(value._number);
                break;
            case CertLogicValueKind.Number:
                writer.WriteNullValue();
                break;
            case CertLogicValueKind.String:
                writer.WriteStringValue((string)value._reference!);
                break;
            case CertLogicValueKind.DateTime:
                writer.WriteStringValue(DateTimeArithmetic.Format(value.EpochMilliseconds));
                break;
            case CertLogicValueKind.Array:
                CheckOutputDepth(depth);
                writer.WriteStartArray();
                foreach (var item in value.Items)
                {
                    Write(writer, item, depth + 1, ref budget, limits);
                }

                writer.WriteEndArray();
                break;
            case CertLogicValueKind.Object:
                CheckOutputDepth(depth);
                writer.WriteStartObject();
                var obj = value.ObjectOrNull!;
                for (var i = 0; i < obj.Count; i++)
                {
                    writer.WritePropertyName(obj.KeyAt(i));
                    Write(writer, obj.ValueAt(i), depth + 1, ref budget, limits);
                }

                writer.WriteEndObject();
                break;
        }
    }

    // Reduce can build values nested as deep as it iterates; refuse before the writer (or stack) does.
    private static void CheckOutputDepth(int depth)
    {
        if (depth >= CertLogicLimits.AbsoluteMaxDepth)
        {
            throw new CertLogicLimitExceededException("output depth", CertLogicLimits.AbsoluteMaxDepth);
        }
    }
}
