using System.Text.Json;

namespace TravelCorridor.Signing.Corridor;

/// <summary>
/// The corridor file: the federation's trust anchors, distributed out of band to every node as the EU
/// certificate gateway distributes its trust anchor. It names each member, the public keys of its node (use
/// NODE; the only keys that authenticate events) and its broker:
/// <code>
/// { "secretariat": "SG",
///   "members": [ { "code": "SG", "broker": "amqp://sg-broker:5672",
///                  "nodeKeys": [ { "kid": "sg-node-1a2b3c4d", "jwk": { "crv": "P-256", "kty": "EC", "x": "…", "y": "…" } } ] } ] }
/// </code>
/// A mistake is refused at start with the JSON path of the problem (<see cref="ArgumentException"/>), never
/// half-loaded.
/// </summary>
public sealed class CorridorFile
{
    /// <summary>Eleven members with a few keys each fit in a few KiB; a larger file is not a corridor file.</summary>
    public const int MaxBytes = 256 * 1024;

    private CorridorFile(string? secretariat, IReadOnlyList<CorridorMember> members)
    {
        Secretariat = secretariat;
        Members = members;
    }

    /// <summary>The member whose node hosts the secretariat, when the file names one.</summary>
    public string? Secretariat { get; }

    public IReadOnlyList<CorridorMember> Members { get; }

    /// <exception cref="ArgumentException">The file is missing, too large or not a valid corridor file.</exception>
    public static CorridorFile Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ArgumentException($"The corridor file {info.FullName} does not exist (Corridor:File).");
        }
        if (info.Length > MaxBytes)
        {
            throw new ArgumentException($"The corridor file {info.FullName} is {info.Length} bytes; at most {MaxBytes} are read.");
        }
        try
        {
            return Parse(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new ArgumentException($"The corridor file {info.FullName} is not valid: {e.Message}", e);
        }
    }

    /// <exception cref="FormatException">What is wrong, at which JSON path.</exception>
    public static CorridorFile Parse(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowDuplicateProperties = false });
        var root = document.RootElement;
        var secretariat = root.TryGetProperty("secretariat", out var s) ? Code(s, "$.secretariat") : null;
        var members = new List<CorridorMember>();
        var index = 0;
        foreach (var member in root.GetProperty("members").EnumerateArray())
        {
            members.Add(Member(member, $"$.members[{index++}]"));
        }
        var repeated = members.GroupBy(m => m.Code).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new FormatException($"member {repeated.Key} is listed more than once.");
        }
        return new CorridorFile(secretariat, members);
    }

    private static CorridorMember Member(JsonElement member, string path)
    {
        var code = Code(member.GetProperty("code"), $"{path}.code");
        var keys = new List<NodeAnchor>();
        var index = 0;
        foreach (var key in member.GetProperty("nodeKeys").EnumerateArray())
        {
            var at = $"{path}.nodeKeys[{index++}]";
            var kid = key.GetProperty("kid").GetString();
            if (string.IsNullOrWhiteSpace(kid) || kid.Length > 64)
            {
                throw new FormatException($"{at}.kid must be a key id of 1 to 64 characters.");
            }
            var jwk = key.GetProperty("jwk");
            var text = jwk.ValueKind == JsonValueKind.String ? jwk.GetString()! : jwk.GetRawText();
            if (!PublicJwk.TryParse(text, kid, out var publicKey, out var problem))
            {
                throw new FormatException($"{at}.jwk: the public JWK {problem}.");
            }
            keys.Add(new NodeAnchor(kid, publicKey));
        }
        if (keys.Count == 0)
        {
            throw new FormatException($"{path}.nodeKeys lists no key for {code}.");
        }
        var broker = member.TryGetProperty("broker", out var b) ? b.GetString() : null;
        return new CorridorMember(code, keys, broker);
    }

    private static string Code(JsonElement element, string path)
    {
        var code = element.GetString();
        return code is { Length: 2 } && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new FormatException($"{path} must be a member code of two capital letters, got '{code}'.");
    }
}
