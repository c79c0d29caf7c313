using System.Text.Json;

namespace TravelCorridor.Signing;

/// <summary>Reading and writing the members of an EC JWK, shared by the public and the private form.</summary>
internal static class JwkFields
{
    // Two 'x' members would leave it to the parser which point is meant; refuse instead of guessing.
    public static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A base64url field of exactly 32 bytes (RFC 7518 keeps leading zeros), or null.</summary>
    public static byte[]? Coordinate(JsonElement root, string name)
    {
        var text = Text(root, name);
        var bytes = text is null ? null : Base64UrlText.TryDecode(text);
        return bytes?.Length == EcPublicKey.CoordinateLength ? bytes : null;
    }

    public static bool IsP256(JsonElement root) => Text(root, "kty") == "EC" && Text(root, "crv") == "P-256";

    public static string Write(Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
