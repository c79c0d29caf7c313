using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>
/// Splits and checks a compact ES256 JWS. Anything this does not understand is refused, never ignored:
/// another alg (none, HS256, ...), critical extensions, an unencoded payload.
/// </summary>
internal static class JwsParser
{
    private const int SignatureLength = 64;

    /// <summary>The problem with the token, or null with <paramref name="jws"/> set.</summary>
    public static string? Read(string token, int maxLength, out JwsToken? jws)
    {
        jws = null;
        // Checked before anything is decoded, so an oversized input costs nothing.
        if (token.Length > maxLength)
        {
            return $"The token is {token.Length} characters long; at most {maxLength} are accepted.";
        }
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return $"The token has {parts.Length} part(s); a compact JWS has 3 (header.payload.signature).";
        }
        var headerBytes = Base64UrlText.TryDecode(parts[0]);
        if (parts[0].Length == 0 || headerBytes is null)
        {
            return "The header is not base64url.";
        }
        var problem = ReadHeader(headerBytes, out var keyId, out var type);
        if (problem is not null)
        {
            return problem;
        }
        var payload = parts[1].Length == 0 ? [] : Base64UrlText.TryDecode(parts[1]);
        if (payload is null)
        {
            return "The payload is not base64url.";
        }
        var signature = Base64UrlText.TryDecode(parts[2]);
        if (signature is null)
        {
            return "The signature is not base64url.";
        }
        if (signature.Length != SignatureLength)
        {
            return $"The signature is {signature.Length} bytes; ES256 signatures are {SignatureLength} (r||s).";
        }
        if (!LowS.IsCanonical(signature))
        {
            return "The signature is not in canonical form: its s lies in the upper half of the curve order. Only low-S signatures " +
                "(s ≤ n/2) are accepted, so a signed document has one spelling; rewrite s as n − s.";
        }
        jws = new JwsToken(parts[0], parts[1], payload, signature, keyId!, type);
        return null;
    }

    private static string? ReadHeader(byte[] header, out string? keyId, out string? type)
    {
        keyId = type = null;
        try
        {
            using var doc = JsonDocument.Parse(header, JwkFields.Strict);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The header is not a JSON object.";
            }
            if (root.TryGetProperty("crit", out _) || root.TryGetProperty("b64", out _))
            {
                return "The header asks for extensions ('crit' or 'b64'), which are not supported.";
            }
            if (!root.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
            {
                return "The header has no 'alg'.";
            }
            if (alg.GetString() != CompactJws.Algorithm)
            {
                return $"The header's alg is '{alg.GetString()}'; only {CompactJws.Algorithm} is accepted.";
            }
            keyId = JwkFields.Text(root, "kid");
            if (string.IsNullOrEmpty(keyId))
            {
                return "The header has no 'kid' naming the signing key.";
            }
            if (root.TryGetProperty("typ", out var typ) && typ.ValueKind != JsonValueKind.String)
            {
                return "The header's 'typ' is not a string.";
            }
            type = JwkFields.Text(root, "typ");
            return null;
        }
        catch (JsonException)
        {
            return "The header is not valid JSON.";
        }
    }
}
