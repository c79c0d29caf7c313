using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// Compact JWS with ES256 (RFC 7515, RFC 7518 §3.4): the payload is signed as the exact bytes given,
/// so what is stored and forwarded is what was signed and no JSON canonicalisation is needed.
/// </summary>
public static class CompactJws
{
    public const string Algorithm = "ES256";

    /// <summary>4 Mi characters, in line with gRPC's default 4 MB message limit: room for a large rule set.</summary>
    public const int DefaultMaxLength = 4 * 1024 * 1024;

    /// <summary>base64url(header).base64url(payload).base64url(signature).</summary>
    /// <exception cref="ArgumentException">The payload is empty: that token would read as a detached one.</exception>
    public static string Sign(EcSigningKey key, ReadOnlySpan<byte> payload, string? type = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (payload.IsEmpty)
        {
            throw new ArgumentException("An empty payload would read as a detached JWS; use SignDetached.", nameof(payload));
        }
        return Signed(key, payload, type, detached: false);
    }

    /// <summary>header..signature (RFC 7515 Appendix F): the payload travels separately and is given to the verifier.</summary>
    public static string SignDetached(EcSigningKey key, ReadOnlySpan<byte> payload, string? type = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Signed(key, payload, type, detached: true);
    }

    /// <summary>
    /// Signs base64url(header).base64url(payload) and gives the token: the signing input, or for a detached
    /// token only its header and dot, then a dot and the signature.
    /// </summary>
    /// <remarks>
    /// Built in one buffer, with the header of each key and type encoded once: a node signs a pass for every
    /// cleared traveller, and the intermediate strings of the plain way were an eighth of what it allocated.
    /// </remarks>
    private static string Signed(EcSigningKey key, ReadOnlySpan<byte> payload, string? type, bool detached)
    {
        var header = Headers.GetOrAdd((key.KeyId, type), static k => Header(k.KeyId, k.Type));
        var inputLength = header.Length + 1 + Base64Url.GetEncodedLength(payload.Length);
        var input = ArrayPool<byte>.Shared.Rent(inputLength);
        try
        {
            var written = Encoding.ASCII.GetBytes(header, input);
            input[written++] = (byte)'.';
            Base64Url.EncodeToUtf8(payload, input.AsSpan(written));
            var signature = key.Sign(input.AsSpan(0, inputLength));
            var shown = detached ? header.Length + 1 : inputLength;
            return string.Create(shown + 1 + Base64Url.GetEncodedLength(signature.Length), (input, shown, signature),
                static (token, state) =>
                {
                    Encoding.ASCII.GetChars(state.input.AsSpan(0, state.shown), token);
                    token[state.shown] = '.';
                    Base64Url.EncodeToChars(state.signature, token[(state.shown + 1)..]);
                });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    /// <summary>Splits and checks the token without verifying it; <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string token, [NotNullWhen(true)] out JwsToken? jws, [NotNullWhen(false)] out string? problem,
        int maxLength = DefaultMaxLength)
    {
        problem = JwsParser.Read(token, maxLength, out jws);
        return problem is null;
    }

    // Per key id and type; a node holds a handful of keys.
    private static readonly ConcurrentDictionary<(string KeyId, string? Type), string> Headers = new();

    private static string Header(string keyId, string? type)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps a typ like "rule-set+jws" readable; the header never lands in HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("alg", Algorithm);
            json.WriteString("kid", keyId);
            if (type is not null)
            {
                json.WriteString("typ", type);
            }
            json.WriteEndObject();
        }
        return Base64UrlText.Encode(buffer.ToArray());
    }
}
