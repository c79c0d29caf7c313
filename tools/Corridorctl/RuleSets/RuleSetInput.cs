using System.Text;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// A rule set file given to <c>publish</c> or <c>validate</c>: either already signed (a compact JWS, as
/// <c>rules sign</c> and <c>rules get --signed</c> write it) or the document itself. Told apart by content, not
/// by name: a JSON document starts with '{'.
/// </summary>
internal sealed class RuleSetInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RuleSetInput(string? signed, string? json, string? keyId)
    {
        Signed = signed;
        Json = json;
        KeyId = keyId;
    }

    /// <summary>The compact JWS, when the file holds one.</summary>
    public string? Signed { get; }

    /// <summary>The document text, when the file holds an unsigned document.</summary>
    public string? Json { get; }

    /// <summary>The kid of the signed file's header: the key the signer claims, which the node checks.</summary>
    public string? KeyId { get; }

    public static RuleSetInput? TryRead(FileInfo file, out string? problem)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problem = $"{file.Name}: {(e is DecoderFallbackException ? "not UTF-8 text" : e.Message)}";
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('\uFEFF'))
        {
            problem = null;
            return new RuleSetInput(null, text, null);
        }
        if (!CompactJws.TryParse(trimmed, out var jws, out var jwsProblem))
        {
            problem = $"{file.Name}: neither a JSON rule set document nor a compact JWS ({jwsProblem})";
            return null;
        }
        if (jws.IsDetached)
        {
            problem = $"{file.Name}: a detached JWS; a signed rule set carries its document in the payload";
            return null;
        }
        problem = null;
        return new RuleSetInput(trimmed, null, jws.KeyId);
    }
}
