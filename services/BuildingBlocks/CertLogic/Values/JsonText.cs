using System.Runtime.InteropServices;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Reads JSON strings and property names as JavaScript's <c>JSON.parse</c> does, and so as the reference
/// implementation sees rules and data. <see cref="JsonElement.GetString"/>, <see cref="JsonProperty.Name"/>
/// and <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> throw
/// <see cref="InvalidOperationException"/> on an escaped lone UTF-16 surrogate (<c>"\ud800"</c>), which JSON
/// allows and JavaScript keeps as one code unit; these keep it too.
/// </summary>
public static class JsonText
{
    /// <summary>The text of a JSON string, lone surrogates kept.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="element"/> is not a string.</exception>
    public static string GetString(JsonElement element)
    {
        try
        {
            return element.GetString() ?? throw new InvalidOperationException("The JSON value is not a string.");
        }
        catch (InvalidOperationException) when (element.ValueKind == JsonValueKind.String)
        {
            return LoneSurrogates.Unescape(JsonMarshal.GetRawUtf8Value(element)[1..^1]);
        }
    }

    /// <summary>The name of a property, lone surrogates kept.</summary>
    public static string GetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return LoneSurrogates.Unescape(JsonMarshal.GetRawUtf8PropertyName(property));
        }
    }

    /// <summary>
    /// Looks a property up by name; with a repeated name the last one counts (as with <c>JSON.parse</c>).
    /// False when <paramref name="element"/> is not an object.
    /// </summary>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            return element.TryGetProperty(name, out value);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Some name in the object (or the name sought) holds a lone surrogate: compare decoded names.
            var found = false;
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(GetName(property), name, StringComparison.Ordinal))
                {
                    (value, found) = (property.Value, true);
                }
            }

            return found;
        }
    }
}
