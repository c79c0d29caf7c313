using System.Buffers;
using System.Buffers.Text;

namespace TravelCorridor.Hosting.Grpc;

/// <summary>
/// A gRPC-Web text request body: the message frame in base64, possibly in several padded pieces. gRPC-Web's own
/// decoder throws on bad base64 inside gRPC, which answers UNKNOWN; judged here first, bad base64 is
/// INVALID_ARGUMENT (<c>MALFORMED_MESSAGE</c>) and the decoded frame is judged as a binary one. Waits for the whole
/// body, which is bounded: more text than the largest accepted message needs is RESOURCE_EXHAUSTED at once.
/// </summary>
internal static class GrpcWebText
{
    public static RequestFrame Inspect(ReadOnlySequence<byte> body, bool ended, long maxBytes)
    {
        var largestText = (maxBytes + RequestFrame.HeaderLength + 2) / 3 * 4;
        if (body.Length > largestText)
        {
            return new(false, RequestFrame.TooLarge(body.Length / 4 * 3 - RequestFrame.HeaderLength, maxBytes), false, default);
        }
        if (!ended)
        {
            return RequestFrame.Pending;
        }
        var decoded = Decode(body.ToArray());
        return decoded is null
            ? RequestFrame.Malformed("The gRPC-Web text request body is not base64.")
            : RequestFrame.Inspect(new ReadOnlySequence<byte>(decoded), ended: true, maxBytes);
    }

    /// <summary>Base64 in pieces, each ending with its padding (or at the end); null when any piece is not base64.</summary>
    private static byte[]? Decode(ReadOnlySpan<byte> text)
    {
        var output = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        var written = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOf((byte)'=');
            if (end >= 0)
            {
                while (end < text.Length && text[end] == (byte)'=')
                {
                    end++;
                }
            }
            else
            {
                end = text.Length;
            }
            if (Base64.DecodeFromUtf8(text[..end], output.AsSpan(written), out _, out var bytes) != OperationStatus.Done)
            {
                return null;
            }
            written += bytes;
            text = text[end..];
        }
        return output[..written];
    }
}
