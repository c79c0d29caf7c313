using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// The node's two clearance secrets, kept under its data directory unless configured elsewhere (created on
/// first start, owner-only): the ES256 key that signs passes (<see cref="ClearanceOptions.PassesKeyFile"/>, its
/// public half to be registered in the trust list with use PASSES) and the secret of <see cref="TravellerReference"/>
/// (<see cref="ClearanceOptions.TravellerSecretFile"/>).
/// Losing the first only means registering a new key; losing the second means old references can no longer
/// be matched to documents, so back it up with the database.
/// </summary>
public sealed class NodeClearanceKeys : IDisposable
{
    public NodeClearanceKeys(IOptions<NodeOptions> node, IOptions<ClearanceOptions> clearance)
    {
        var options = node.Value;
        var keyPath = Path.GetFullPath(clearance.Value.PassesKeyFile, options.DataPath);
        PassesKey = SigningKeyFile.LoadOrCreate(keyPath, $"{options.MemberSlug}-passes");
        var secretPath = Path.GetFullPath(clearance.Value.TravellerSecretFile, options.DataPath);
        var secret = Convert.FromBase64String(SecretFile.ReadOrCreate(secretPath,
            () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(TravellerReference.SecretBytes))).Trim());
        Travellers = new TravellerReference(secret);
    }

    public EcSigningKey PassesKey { get; }

    public TravellerReference Travellers { get; }

    public void Dispose() => PassesKey.Dispose();
}
