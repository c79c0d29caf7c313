using System.Text;

namespace TravelCorridor.Corridorctl;

/// <summary>
/// Reads text files as strict UTF-8, as the node's gRPC interface reads strings: a byte sequence that is not
/// UTF-8 is refused with where it is, never silently turned into U+FFFD (which would change what is signed,
/// sent or decided). Messages leave the file's name to the caller.
/// </summary>
internal static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="FormatException">The file is not valid UTF-8.</exception>
    public static async Task<string> ReadAllTextAsync(FileInfo file, CancellationToken cancellationToken) =>
        Decode(file, await File.ReadAllBytesAsync(file.FullName, cancellationToken));

    /// <exception cref="FormatException">The file is not valid UTF-8.</exception>
    public static string ReadAllText(FileInfo file) => Decode(file, File.ReadAllBytes(file.FullName));

    /// <summary>The file's lines, read lazily; a line that is not UTF-8 stops the reading with its number.</summary>
    /// <exception cref="FormatException">The file is not valid UTF-8.</exception>
    public static IEnumerable<string> ReadLines(FileInfo file)
    {
        // Split on bytes, then decode each line on its own: a decoder reading ahead would blame the wrong line.
        using var stream = new BufferedStream(File.OpenRead(file.FullName), 64 * 1024);
        var line = new MemoryStream();
        long number = 0;
        while (true)
        {
            var next = stream.ReadByte();
            if (next is not (-1 or '\n'))
            {
                line.WriteByte((byte)next);
                continue;
            }
            if (next == -1 && line.Length == 0)
            {
                yield break;
            }
            number++;
            string text;
            try
            {
                text = StrictUtf8.GetString(line.GetBuffer(), 0, (int)line.Length).TrimEnd('\r');
            }
            catch (DecoderFallbackException e)
            {
                throw new FormatException($"line {number} is not valid UTF-8 ({Bytes(e)}); text files must be UTF-8.", e);
            }
            line.SetLength(0);
            yield return text;
            if (next == -1)
            {
                yield break;
            }
        }
    }

    private static string Decode(FileInfo file, byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException($"not valid UTF-8 at byte {e.Index} ({Bytes(e)}); text files must be UTF-8.", e);
        }
    }

    private static string Bytes(DecoderFallbackException e) =>
        e.BytesUnknown is { Length: > 0 } unknown ? "bytes " + Convert.ToHexString(unknown) : "an invalid sequence";
}
