using System.Text.Json;

namespace TravelCorridor.Corridorctl;

/// <summary>Reads a JSON file, describing failures in one line instead of a stack trace.</summary>
internal static class JsonFile
{
    public static bool TryRead(FileInfo file, out JsonDocument? document, out string? error)
    {
        document = null;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file.FullName), new JsonDocumentOptions { MaxDepth = 256 });
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            error = $"{file.Name}: {(e is JsonException ? "not valid JSON: " : "")}{e.Message}";
            return false;
        }
    }

    // Rule names and values are read by people and jq: keep "<", ">" and non-ASCII text unescaped.
    /// <summary>One JSON value per line, for JSON-lines output read by people and jq alike.</summary>
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
