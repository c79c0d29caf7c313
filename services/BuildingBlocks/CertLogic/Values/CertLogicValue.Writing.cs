using System.Text;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

// Writing values: as JSON (as JSON.stringify writes them) and for people to read.
public readonly partial struct CertLogicValue
{
    /// <summary>
    /// Writes the value as JSON; a date-time is written as its ISO 8601 UTC string with milliseconds
    /// (as the reference implementation serialises dates), a non-finite number as <c>null</c> and a lone
    /// surrogate as its escape (both as <c>JSON.stringify</c> writes them).
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer, CertLogicLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var budget = (limits ?? CertLogicLimits.Default).MaxOutputNodes;
        Write(writer, this, 0, ref budget, limits ?? CertLogicLimits.Default, display: false);
    }

    /// <summary>The value as JSON text (see <see cref="WriteTo"/>).</summary>
    public string ToJsonString(bool indented = false, CertLogicLimits? limits = null) => Render(indented, limits, display: false);

    /// <summary>
    /// The value as people should read it: JSON, except that a number JSON cannot hold is written as
    /// JavaScript shows it, <c>Infinity</c>, <c>-Infinity</c> or <c>NaN</c>, not as <c>null</c> (an overflowing
    /// <c>+</c> is not a missing value). What tools print and error messages quote.
    /// </summary>
    public string ToDisplayString(bool indented = false, CertLogicLimits? limits = null) => Render(indented, limits, display: true);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CertLogicValueKind.Array => $"array of {Count}",
        CertLogicValueKind.Object => $"object with {Count} key(s)",
        _ => ToDisplayString(),
    };

    private string Render(bool indented, CertLogicLimits? limits, bool display)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, MaxDepth = CertLogicLimits.AbsoluteMaxDepth + 2 }))
            {
                var budget = (limits ?? CertLogicLimits.Default).MaxOutputNodes;
                Write(writer, this, 0, ref budget, limits ?? CertLogicLimits.Default, display);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("writing a value", e);
        }
    }

    private static void Write(Utf8JsonWriter writer, in CertLogicValue value, int depth, ref int budget, CertLogicLimits limits, bool display)
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
            case CertLogicValueKind.Number when display:
                writer.WriteRawValue(double.IsNaN(value._number) ? "NaN" : value._number > 0 ? "Infinity" : "-Infinity", skipInputValidation: true);
                break;
            case CertLogicValueKind.Number:
                writer.WriteNullValue();
                break;
            case CertLogicValueKind.String when LoneSurrogates.IndexIn((string)value._reference!) >= 0:
                writer.WriteRawValue(LoneSurrogates.Quote((string)value._reference!, writer.Options.Encoder), skipInputValidation: true);
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
                    Write(writer, item, depth + 1, ref budget, limits, display);
                }

                writer.WriteEndArray();
                break;
            case CertLogicValueKind.Object when HasLoneSurrogateKey(value.ObjectOrNull!):
                CheckOutputDepth(depth);
                writer.WriteRawValue(ObjectText(writer.Options, value.ObjectOrNull!, depth, ref budget, limits, display), skipInputValidation: true);
                break;
            case CertLogicValueKind.Object:
                CheckOutputDepth(depth);
                writer.WriteStartObject();
                var obj = value.ObjectOrNull!;
                for (var i = 0; i < obj.Count; i++)
                {
                    writer.WritePropertyName(obj.KeyAt(i));
                    Write(writer, obj.ValueAt(i), depth + 1, ref budget, limits, display);
                }

                writer.WriteEndObject();
                break;
        }
    }

    private static bool HasLoneSurrogateKey(CertLogicObject obj)
    {
        for (var i = 0; i < obj.Count; i++)
        {
            if (LoneSurrogates.IndexIn(obj.KeyAt(i)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An object with a lone surrogate in a key, as raw JSON text: the writer has no way to write such a
    /// name other than as U+FFFD. Rare enough that writing each property value separately does not matter.
    /// </summary>
    private static string ObjectText(JsonWriterOptions options, CertLogicObject obj, int depth, ref int budget, CertLogicLimits limits, bool display)
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < obj.Count; i++)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, options with { Indented = false }))
            {
                Write(writer, obj.ValueAt(i), depth + 1, ref budget, limits, display);
            }

            text.Append(i == 0 ? "" : ",").Append(LoneSurrogates.Quote(obj.KeyAt(i), options.Encoder)).Append(':')
                .Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return text.Append('}').ToString();
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
