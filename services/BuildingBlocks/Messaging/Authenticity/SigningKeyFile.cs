using System.Security.Cryptography;
using System.Text;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// A node's ES256 key kept as a private JWK file (see <see cref="SecretFile"/>), created on first use with
/// the key id <c>&lt;prefix&gt;-&lt;fingerprint&gt;</c>: the id names whose key it is and what it is for, and
/// a replaced key gets a new id, so a verifier never confuses the two.
/// </summary>
public static class SigningKeyFile
{
    /// <summary>Reads the key at <paramref name="path"/>, creating it when the file does not exist.</summary>
    /// <exception cref="FormatException">The file is not a private P-256 JWK.</exception>
    public static EcSigningKey LoadOrCreate(string path, string keyIdPrefix) =>
        EcSigningKey.FromPrivateJwk(SecretFile.ReadOrCreate(path, () =>
        {
            using var fresh = EcSigningKey.Create("new");
            var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(fresh.ToPublicJwk())))[..8];
            using var named = EcSigningKey.FromPrivateJwk(fresh.ToPrivateJwk(), $"{keyIdPrefix}-{fingerprint}");
            return named.ToPrivateJwk();
        }));
}
