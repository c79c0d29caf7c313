using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Lone UTF-16 surrogates (<c>\ud800</c> without its pair). JavaScript strings, like .NET strings, are
/// UTF-16 code units, so <c>JSON.parse</c> keeps an escaped lone surrogate and <c>JSON.stringify</c> writes it
/// back as the escape. System.Text.Json refuses to read one (<see cref="InvalidOperationException"/>) and
/// writes U+FFFD in its place; these helpers read and write such strings as JavaScript does.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyInRange('\ud800', '\udfff');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How a message shows a lone surrogate: its escape, since the character itself prints as garbage.</summary>
    public static string Describe(char surrogate) => $"\\u{(int)surrogate:x4}";

    /// <summary>
    /// Decodes the body of a JSON string (escapes included, quotes not) that the parser has already
    /// validated, keeping lone surrogates as the code units they denote.
    /// </summary>
    public static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        while (!escaped.IsEmpty)
        {
            var slash = escaped.IndexOf((byte)'\\');
            text.Append(Encoding.UTF8.GetString(slash < 0 ? escaped : escaped[..slash]));
            if (slash < 0 || slash + 1 >= escaped.Length)
            {
                break;
            }

            var kind = (char)escaped[slash + 1];
            if (kind == 'u' && slash + 6 <= escaped.Length && Utf8Parser.TryParse(escaped.Slice(slash + 2, 4), out ushort unit, out _, 'X'))
            {
                text.Append((char)unit);
                escaped = escaped[(slash + 6)..];
                continue;
            }

            text.Append(kind switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => kind,
            });
            escaped = escaped[(slash + 2)..];
        }

        return text.ToString();
    }

    /// <summary>
    /// A string as a JSON string literal, escaped as <paramref name="encoder"/> escapes, with each lone
    /// surrogate written as its <c>\uXXXX</c> escape (as <c>JSON.stringify</c> writes it).
    /// </summary>
    public static string Quote(string value, JavaScriptEncoder? encoder)
    {
        var json = new StringBuilder(value.Length + 8).Append('"');
        var rest = value.AsSpan();
        for (var at = IndexIn(rest); at >= 0; at = IndexIn(rest))
        {
            json.Append(JsonEncodedText.Encode(rest[..at], encoder).Value).Append(Describe(rest[at]));
            rest = rest[(at + 1)..];
        }

        return json.Append(JsonEncodedText.Encode(rest, encoder).Value).Append('"').ToString();
    }
}
