using System.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Support;

/// <summary>A member state's rule author: a RULES key of its own, registered in the trust list, and signed rule sets.</summary>
internal sealed class RuleSetAuthor(string member, string keyId)
{
    public string Member { get; } = member;

    public string KeyId { get; } = keyId;

    public EcSigningKey Key { get; } = EcSigningKey.Create(keyId);

    /// <summary>Adds the key to the trust list through membership, as the member's admin (on the member's own node).</summary>
    public async Task RegisterAsync(NodeHost node, KeyUse use = KeyUse.Rules, CallOptions? options = null)
    {
        await node.Membership.AddTrustedKeyAsync(new AddTrustedKeyRequest
        {
            Member = Member,
            KeyId = KeyId,
            Use = use,
            PublicKeyJwk = Key.ToPublicJwk(),
            NotBefore = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
            NotAfter = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddYears(2)),
        }, options ?? node.As(CorridorRoles.MemberAdmin, Member));
    }

    public string Sign(string document) => CompactJws.Sign(Key, Encoding.UTF8.GetBytes(document));
}
