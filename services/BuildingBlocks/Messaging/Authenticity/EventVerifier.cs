using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Contracts;
using TravelCorridor.Kernel;
using TravelCorridor.Persistence;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// Decides whether an arriving event is authentic and authoritative, before anything else looks at it
/// (before the inbox claim, so a forged event carrying a genuine event's id cannot make the genuine one
/// count as a duplicate): the signature header must verify against the origin member's node key in the
/// corridor file (<see cref="TrustAnchors"/>), then every service's <see cref="IEventAuthority"/> must agree
/// the origin may write it. A refusal is logged with the reason, counted, and the event is dropped.
/// </summary>
public sealed class EventVerifier(
    TrustAnchors anchors,
    IEnumerable<IEventAuthority> authorities,
    MessagingMetrics metrics,
    IOptions<NodeOptions> node,
    TimeProvider time,
    ILogger<EventVerifier> logger)
{
    private readonly EventSignatureCheck signatures = new(anchors, EventSignature.MaxLength);
    private readonly IEventAuthority[] rules = authorities.ToArray();

    /// <summary>True when <paramref name="change"/> may be handed to its consumer.</summary>
    public async ValueTask<bool> AcceptAsync(IIntegrationEvent change, string? signature, CancellationToken cancellationToken)
    {
        var (reason, detail) = await CheckAsync(change, signature, cancellationToken);
        if (reason is null)
        {
            return true;
        }
        metrics.Refused(change.GetType().Name, reason);
        logger.LogWarning("Refused {Event} {EventId} claiming origin {Origin} ({Reason}): {Detail} Nothing was applied.",
            change.GetType().Name, change.EventId, change.Origin, reason, detail);
        return false;
    }

    private async ValueTask<(string? Reason, string? Detail)> CheckAsync(IIntegrationEvent change, string? signature,
        CancellationToken cancellationToken)
    {
        if (await signatures.ProblemAsync(signature, change.Origin, EventSignature.SigningInput(change), time.GetUtcNow(), cancellationToken)
            is { } problem)
        {
            return problem;
        }
        // This node's own events come back through the broker: its own write rules applied when it made them (a
        // lone node writes every member's records), and they are only marked as seen.
        if (change.Origin == node.Value.Member)
        {
            return (null, null);
        }
        foreach (var rule in rules)
        {
            if (rule.Refusal(change) is { } refusal)
            {
                return (EventRefusal.NotAuthoritative, refusal);
            }
        }
        return (null, null);
    }
}
