using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Messaging;
using TravelCorridor.Signing;
using TravelCorridor.Kernel;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Verifies a rule set received from another node before it is stored: signed by a RULES key of the
/// set's member that this node's trust list holds as active, the bytes unchanged since signing, a document
/// that passes every document check, and event fields that agree with it. Anything else is refused,
/// logged with its reason and counted; nothing is retried, since the same bytes fail the same way.
/// </summary>
/// <remarks>
/// One wait is allowed: a key added just before the set was published may reach this node's membership
/// snapshot after the set itself (the two travel separately), so an unknown key is looked up again as the
/// snapshot moves on, for up to <see cref="EligibilityOptions.UnknownKeyGrace"/>.
/// </remarks>
public sealed class ReceivedRuleSetCheck(
    SnapshotTrustedKeys trustedKeys,
    IMembershipSnapshot membership,
    IOptions<EligibilityOptions> options,
    EligibilityMetrics metrics,
    MessagingMetrics messaging,
    TimeProvider time,
    ILogger<ReceivedRuleSetCheck> logger)
{
    public async Task<bool> AcceptAsync(RuleSetPublished change, string consumer, CancellationToken cancellationToken)
    {
        // A peer (or anyone with broker access) may send an event with fields missing altogether.
        if (string.IsNullOrEmpty(change.SignedRuleSet) || change.Member is null || !Kernel.MemberCode.IsValid(change.Member))
        {
            return Refuse(change, consumer, "Malformed", "the event lacks a member code or a signed rule set");
        }
        var verifier = new JwsVerifier(trustedKeys, RuleSetLimits.MaxSignedLength);
        var verified = await verifier.VerifyAsync(change.SignedRuleSet, change.Member, TrustedKeyUse.Rules, time.GetUtcNow(), cancellationToken);
        var deadline = time.GetUtcNow() + options.Value.UnknownKeyGrace;
        while (verified.Failure == JwsFailure.UnknownKey && time.GetUtcNow() < deadline)
        {
            await WaitForMembershipChangeAsync(deadline, cancellationToken);
            verified = await verifier.VerifyAsync(change.SignedRuleSet, change.Member, TrustedKeyUse.Rules, time.GetUtcNow(), cancellationToken);
        }
        if (!verified.IsValid)
        {
            return Refuse(change, consumer, verified.Failure!.Value.ToString(), verified.Message);
        }
        var read = RuleSetReader.Read(verified.Payload);
        if (read.RuleSet is not { } set)
        {
            return Refuse(change, consumer, "InvalidDocument", string.Join("; ", read.Problems.Take(5)));
        }
        var key = verified.Key!;
        if (set.Member != change.Member || set.Version != change.Version || set.ValidFrom != change.ValidFrom || key.KeyId != change.KeyId)
        {
            return Refuse(change, consumer, "EventDisagreesWithDocument",
                $"the event names {change.Member} v{change.Version} from {change.ValidFrom:O} with key {change.KeyId}, " +
                $"the signed document {set.Member} v{set.Version} from {set.ValidFrom:O} with key {key.KeyId}");
        }
        return true;
    }

    private async Task WaitForMembershipChangeAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var remaining = deadline - time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return;
        }
        using var grace = new CancellationTokenSource(remaining, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, grace.Token);
        try
        {
            await membership.WaitForSequenceAsync(membership.Current.Sequence + 1, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The grace period ended with no membership change.
        }
    }

    private bool Refuse(RuleSetPublished change, string consumer, string reason, string detail)
    {
        metrics.Refused(change.Member ?? "", reason);
        messaging.Consumed(consumer, ConsumeOutcome.Refused);
        logger.LogWarning("Refused rule set {Member} v{Version} from {Origin} (event {EventId}): {Reason}: {Detail} " +
            "This node keeps its current rule sets", change.Member, change.Version, change.Origin, change.EventId, reason, Sentence(detail));
        return false;
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
