using System.Text.Json;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// The local checks made before a rule set document is signed: the node checks everything else, but a
/// signature over a file that is not even JSON, or over another member's rules, is never what was meant.
/// </summary>
internal static class RuleSetDocument
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The document's <c>member</c>, or null with <paramref name="problem"/> set.</summary>
    public static string? Member(byte[] document, string name, out string? problem)
    {
        if (document.AsSpan().StartsWith(ByteOrderMark))
        {
            // The bytes are signed as they are, and JSON parsers of other nodes need not skip a BOM.
            problem = $"{name}: starts with a UTF-8 byte order mark; save it without one";
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(document, new JsonDocumentOptions { MaxDepth = 256 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"{name}: a rule set document is a JSON object {{ \"member\", \"version\", \"validFrom\", \"rules\", \"valueSets\" }}";
                return null;
            }
            if (!json.RootElement.TryGetProperty("member", out var member) || member.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(member.GetString()))
            {
                problem = $"{name}: has no \"member\" naming the member state whose rules these are";
                return null;
            }
            problem = null;
            return member.GetString();
        }
        catch (JsonException e)
        {
            problem = $"{name}: not valid JSON: {e.Message}";
            return null;
        }
    }
}
