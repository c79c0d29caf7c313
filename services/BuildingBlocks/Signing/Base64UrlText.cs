using System.Buffers.Text;

namespace TravelCorridor.Signing;

/// <summary>
/// Strict base64url (RFC 7515 §2): the BCL decoder also accepts padding and skips whitespace, which
/// would let two different texts stand for the same key or signature, so the alphabet is checked first.
/// </summary>
internal static class Base64UrlText
{
    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static byte[]? TryDecode(ReadOnlySpan<char> text)
    {
        if (text.Length % 4 == 1)
        {
            return null;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return null;
            }
        }
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
