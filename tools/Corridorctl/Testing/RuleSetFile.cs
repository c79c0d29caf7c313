using System.Text;
using System.Text.Json;
using TravelCorridor.CertLogic;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// Tells whether the file given to <c>rules test</c> is a whole rule set rather than one rule: a JSON object
/// with <c>"rules"</c> (a rule envelope has <c>"Logic"</c>), or a compact JWS, whose payload is the document.
/// Anything else is left to the single-rule path, which reports its own problems as it always has.
/// </summary>
internal static class RuleSetFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True for a rule set: <paramref name="document"/> its bytes, or <paramref name="problem"/> why they cannot be had.</summary>
    public static bool TryRead(FileInfo file, out byte[]? document, out string? keyId, out string? problem)
    {
        document = null;
        keyId = null;
        problem = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        try
        {
            // The rule set reader's own depth limit, so a deep set gets its problem from the reader, not from here.
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = CertLogicLimits.AbsoluteMaxDepth });
            if (json.RootElement.ValueKind != JsonValueKind.Object || !JsonText.TryGetProperty(json.RootElement, "rules", out _))
            {
                return false;
            }
            document = bytes;
            return true;
        }
        catch (JsonException)
        {
            // Perhaps signed: a compact JWS is not JSON.
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        if (!CompactJws.TryParse(text, out var jws, out _))
        {
            return false;
        }
        keyId = jws.KeyId;
        if (jws.IsDetached)
        {
            problem = $"{file.Name}: a detached JWS; a signed rule set carries its document in the payload";
            return true;
        }
        document = jws.Payload.ToArray();
        return true;
    }
}
