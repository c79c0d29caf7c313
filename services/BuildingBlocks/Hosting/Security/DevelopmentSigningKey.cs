using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Kernel;
using TravelCorridor.Signing;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// The node's own ES256 key for development tokens, kept as a JWK file (<see cref="NodeOptions.TokenKeyFile"/>,
/// under the data directory by default; created on first use, readable by the owner only), so local use needs
/// no identity provider and tokens stay valid across restarts.
/// </summary>
public sealed class DevelopmentSigningKey
{
    public const string Issuer = "corridor-node-dev";
    public const string Audience = "travelcorridor";

    private DevelopmentSigningKey(ECDsaSecurityKey key) => Key = key;

    public ECDsaSecurityKey Key { get; }

    public static DevelopmentSigningKey LoadOrCreate(NodeOptions node) => LoadOrCreate(node.TokenKeyPath);

    public static DevelopmentSigningKey LoadOrCreate(string path)
    {
        var text = SecretFile.ReadOrCreate(path, () =>
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return Write(fresh.ExportParameters(includePrivateParameters: true));
        });
        return new DevelopmentSigningKey(Read(text, path));
    }

    private static string Write(ECParameters p) => new JsonObject
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["kid"] = Base64UrlEncoder.Encode(SHA256.HashData(p.Q.X!.Concat(p.Q.Y!).ToArray())[..8]),
        ["x"] = Base64UrlEncoder.Encode(p.Q.X),
        ["y"] = Base64UrlEncoder.Encode(p.Q.Y),
        ["d"] = Base64UrlEncoder.Encode(p.D),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static ECDsaSecurityKey Read(string json, string path)
    {
        try
        {
            var jwk = JsonNode.Parse(json)!.AsObject();
            var ecdsa = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint
                {
                    X = Base64UrlEncoder.DecodeBytes((string)jwk["x"]!),
                    Y = Base64UrlEncoder.DecodeBytes((string)jwk["y"]!),
                },
                D = Base64UrlEncoder.DecodeBytes((string)jwk["d"]!),
            });
            return new ECDsaSecurityKey(ecdsa) { KeyId = (string?)jwk["kid"] };
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or CryptographicException or FormatException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The development signing key {path} is unreadable; delete it to create a new one.", e);
        }
    }
}
