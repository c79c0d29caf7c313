using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using TravelCorridor.Contracts;
using TravelCorridor.Messaging;
using TravelCorridor.Signing;

namespace TravelCorridor.Membership.Consumers;

/// <summary>
/// A key replicated from another node passes the same JWK checks as one added through the API and is
/// stored in the same normalised form: otherwise a forged or buggy peer could put an oversized or odd
/// key into this node's trust list, which every client reads. A refused event writes nothing (the key
/// stays as it was, or absent); it is logged and counted as outcome <c>refused</c>, and not retried,
/// since the same content would fail the same way.
/// </summary>
public sealed class ReplicatedKeyCheck(MessagingMetrics metrics, ILogger<ReplicatedKeyCheck> logger)
{
    public bool TryNormalize(IIntegrationEvent change, string member, string keyId, string publicKeyJwk, string consumer,
        [NotNullWhen(true)] out string? normalized)
    {
        if (PublicJwk.TryNormalize(publicKeyJwk, keyId, out normalized, out var problem))
        {
            return true;
        }
        metrics.Consumed(consumer, ConsumeOutcome.Refused);
        logger.LogWarning("Refused {Event} {EventId} from {Origin}: the public JWK of key {Member}/{KeyId} {Problem}; the trust list is unchanged",
            change.GetType().Name, change.EventId, change.Origin, member, keyId, problem);
        return false;
    }
}
