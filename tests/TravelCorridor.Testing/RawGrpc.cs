using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;

namespace TravelCorridor.Testing;

/// <summary>
/// Sends a gRPC request body byte for byte over plain HTTP/2, so tests can send what no generated
/// client would: broken framing, invalid UTF-8, a truncated or oversized message.
/// </summary>
public static class RawGrpc
{
    /// <summary>One length-prefixed message: the compressed flag, a big-endian length, the bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message, byte compressedFlag = 0, uint? declaredLength = null)
    {
        var frame = new byte[5 + message.Length];
        frame[0] = compressedFlag;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), declaredLength ?? (uint)message.Length);
        message.CopyTo(frame.AsSpan(5));
        return frame;
    }

    public static byte[] Frame(IMessage message) => Frame(message.ToByteArray());

    /// <summary>Posts <paramref name="body"/> to <c>/{service}/{method}</c> and reads the status from the headers or trailers.</summary>
    /// <param name="contentType">The request's content type (default <c>application/grpc</c>).</param>
    public static async Task<RawGrpcAnswer> PostAsync(Uri address, string path, byte[] body, IReadOnlyDictionary<string, string>? headers = null,
        string contentType = "application/grpc")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await http.SendAsync(request);
        var answered = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode} instead of a gRPC answer.");
        }
        var code = Value(response, "grpc-status") ?? throw new InvalidOperationException("The answer carries no grpc-status.");
        var details = Value(response, "grpc-status-details-bin") is { } bin ? Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(Padded(bin))) : null;
        return new RawGrpcAnswer((StatusCode)int.Parse(code, System.Globalization.CultureInfo.InvariantCulture),
            Uri.UnescapeDataString(Value(response, "grpc-message") ?? ""), details, Messages(answered));
    }

    /// <summary>The payloads of the length-prefixed messages in a response body.</summary>
    private static List<byte[]> Messages(byte[] body)
    {
        var messages = new List<byte[]>();
        for (var at = 0; at + 5 <= body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(at + 1));
            messages.Add(body.AsSpan(at + 5, length).ToArray());
            at += 5 + length;
        }
        return messages;
    }

    /// <summary>A trailers-only answer carries the status in its headers; any other in its trailers.</summary>
    private static string? Value(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.TrailingHeaders.TryGetValues(name, out values)
            ? values.First()
            : null;

    /// <summary>gRPC allows unpadded base64 in binary headers.</summary>
    private static string Padded(string base64) => base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
}
