using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using Grpc.Core;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// The one length-prefixed message a unary or server-streaming request body holds (a compressed flag,
/// a 4-byte big-endian length, the bytes), judged as the body arrives: still <see cref="Pending"/>,
/// <see cref="Complete"/>, or a <see cref="Problem"/> to answer.
/// </summary>
internal readonly record struct RequestFrame(bool Complete, Google.Rpc.Status? Problem, bool Compressed, ReadOnlySequence<byte> Message)
{
    public const int HeaderLength = 5;

    public static RequestFrame Pending => default;

    public bool IsPending => !Complete && Problem is null;

    /// <param name="body">Everything received so far.</param>
    /// <param name="ended">Whether the caller has finished sending.</param>
    /// <param name="maxBytes">The method's largest accepted message.</param>
    public static RequestFrame Inspect(ReadOnlySequence<byte> body, bool ended, long maxBytes)
    {
        if (body.Length < HeaderLength)
        {
            return ended ? Malformed("The request body ends before a complete message header (5 bytes).") : Pending;
        }
        Span<byte> header = stackalloc byte[HeaderLength];
        body.Slice(0, HeaderLength).CopyTo(header);
        if (header[0] > 1)
        {
            return Malformed($"The message header's compressed flag is {header[0]}; it must be 0 or 1.");
        }
        long length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > maxBytes)
        {
            return new(false, TooLarge(length, maxBytes), false, default);
        }
        var received = body.Length - HeaderLength;
        if (received > length)
        {
            return Malformed("The request body holds more than one message; this method takes exactly one.");
        }
        if (received < length)
        {
            return ended ? Malformed($"The request body ends after {received} of the {length} message bytes its header announces.") : Pending;
        }
        return ended ? new(true, null, header[0] == 1, body.Slice(HeaderLength)) : Pending;
    }

    public static RequestFrame Malformed(string message) =>
        new(false, ErrorStatus.Create(StatusCode.InvalidArgument, message, "MALFORMED_MESSAGE"), false, default);

    public static Google.Rpc.Status TooLarge(long length, long maxBytes) =>
        ErrorStatus.Create(StatusCode.ResourceExhausted,
            $"The request message is {length} bytes; this method accepts at most {maxBytes}.", "MESSAGE_TOO_LARGE",
            new Dictionary<string, string>
            {
                ["message_bytes"] = length.ToString(CultureInfo.InvariantCulture),
                ["max_bytes"] = maxBytes.ToString(CultureInfo.InvariantCulture),
            });
}
