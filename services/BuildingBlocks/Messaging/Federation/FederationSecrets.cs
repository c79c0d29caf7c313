using System.Security.Cryptography;
using TravelCorridor.Signing;

namespace TravelCorridor.Messaging.Federation;

/// <summary>
/// The broker passwords of a corridor, one owner-only file each in a directory: <c>sg-node</c> (SG's node on
/// SG's broker) and <c>vn-federation@sg</c> (VN's link on SG's broker). A missing file is created with a random
/// password, so a corridor on one machine (deploy/local-corridor.sh, deploy/make-corridor.sh) needs no typing;
/// across machines the two members of a link agree on its file out of band, as on the node keys.
/// </summary>
public sealed class FederationSecrets(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string NodePassword(string member) => Read($"{member.ToLowerInvariant()}-node");

    /// <summary>The password of <paramref name="downstream"/>'s federation user on <paramref name="upstream"/>'s broker.</summary>
    public string FederationPassword(string downstream, string upstream) =>
        Read($"{downstream.ToLowerInvariant()}-federation@{upstream.ToLowerInvariant()}");

    private string Read(string name) =>
        SecretFile.ReadOrCreate(Path.Combine(Directory, name), () => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))).Trim();
}
