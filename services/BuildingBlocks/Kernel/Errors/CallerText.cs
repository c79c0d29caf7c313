using System.Buffers;
using System.Globalization;
using System.Text;

namespace TravelCorridor.Kernel.Errors;

/// <summary>
/// Text a caller sent, as it may appear in an error or a log line. A value can be as long as the
/// largest request, and every error is echoed in the response trailers and gRPC's own log line:
/// 30 KB echoed twice is past what HTTP/2 clients accept, and a newline would forge a log entry.
/// So only a short prefix is echoed, with anything invisible escaped.
/// </summary>
public static class CallerText
{
    /// <summary>Characters of a value echoed before it is cut with "…".</summary>
    public const int EchoLength = 32;

    /// <summary><c>'SG\n'</c>, or <c>'AAAA…' (30000 characters)</c> for a long value.</summary>
    public static string Quote(string value)
    {
        var cut = Math.Min(value.Length, EchoLength);
        if (cut < value.Length && char.IsHighSurrogate(value[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }
        var quoted = new StringBuilder("'");
        var text = value.AsSpan(0, cut);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var length) != OperationStatus.Done)
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }
            else
            {
                quoted.Append(rune.Value switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\\' => "\\\\",
                    _ when IsInvisible(Rune.GetUnicodeCategory(rune), rune.Value) => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
                    _ => rune.ToString(),
                });
            }
            i += length;
        }
        quoted.Append(cut < value.Length ? "…'" : "'");
        return cut < value.Length ? $"{quoted} ({value.Length} characters)" : quoted.ToString();
    }

    /// <summary>
    /// Where the first character lies that must not appear in a name or reason: a control character
    /// (Unicode Cc), a line or paragraph separator, an invisible format character (Cf, such as the
    /// right-to-left override that makes text read differently from what it is) other than the zero-width
    /// joiner and non-joiner that some scripts need, or half of a surrogate pair; -1 when there is none.
    /// </summary>
    public static int FindInvisible(string value)
    {
        var text = value.AsSpan();
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var length) != OperationStatus.Done)
            {
                return i;
            }
            if (IsInvisible(Rune.GetUnicodeCategory(rune), rune.Value))
            {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static bool IsInvisible(UnicodeCategory category, int c) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.Format => c is not (0x200C or 0x200D),
        _ => false,
    };
}
