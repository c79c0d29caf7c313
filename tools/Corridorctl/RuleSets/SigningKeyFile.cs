using System.Text;
using System.Text.Json;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// A member's private rule-signing key as <c>rules keygen</c> writes it: the private JWK (kid, crv, kty, x, y,
/// d) with the member it signs for, so that <c>rules sign</c> can refuse a document of another member
/// before anything is published. Readable and writable by its owner only, like an SSH key.
/// </summary>
internal sealed class SigningKeyFile(EcSigningKey key, string? member) : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public EcSigningKey Key { get; } = key;

    /// <summary>The member the key signs for; null for a JWK written elsewhere, which names none.</summary>
    public string? Member { get; } = member;

    public static SigningKeyFile? TryRead(FileInfo file, out string? problem)
    {
        try
        {
            var text = TextFile.ReadAllText(file);
            var key = EcSigningKey.FromPrivateJwk(text);
            problem = null;
            return new SigningKeyFile(key, MemberOf(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            problem = $"{file.Name}: {e.Message}";
            return null;
        }
    }

    /// <summary>Whether others than the owner may read the file: worth a warning, as ssh gives.</summary>
    public static bool IsReadableByOthers(FileInfo file) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(file.FullName) & ~(OwnerOnly | UnixFileMode.UserExecute)) != 0;

    /// <summary>Writes the key; refuses an existing file unless <paramref name="overwrite"/>, since the key in it would be lost.</summary>
    public static string? Write(string path, EcSigningKey key, string member, bool overwrite)
    {
        try
        {
            if (overwrite)
            {
                // Deleted rather than truncated: an existing file keeps its mode, which may let others read it.
                File.Delete(path);
            }
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Created with this mode, so the key is never readable by others, not even for a moment.
                options.UnixCreateMode = OwnerOnly;
            }
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.UTF8.GetBytes(WithMember(key.ToPrivateJwk(), member) + "\n"));
            return null;
        }
        catch (IOException) when (File.Exists(path) && !overwrite)
        {
            return $"{path} already exists; pass --force to replace it (the key in it would be lost)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot write {path}: {e.Message}";
        }
    }

    public void Dispose() => Key.Dispose();

    private static string? MemberOf(string jwk)
    {
        using var document = JsonDocument.Parse(jwk);
        return document.RootElement.TryGetProperty("member", out var member) && member.ValueKind == JsonValueKind.String
            ? member.GetString() : null;
    }

    // The member goes right after kid, where a reader of the file looks for what the key is.
    private static string WithMember(string privateJwk, string member)
    {
        using var jwk = JsonDocument.Parse(privateJwk);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var property in jwk.RootElement.EnumerateObject())
            {
                property.WriteTo(json);
                if (property.NameEquals("kid"))
                {
                    json.WriteString("member", member);
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
