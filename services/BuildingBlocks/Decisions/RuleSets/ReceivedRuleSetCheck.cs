using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Signing;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// Verifies a rule set received from another node before it is stored: signed by a RULES key of the
/// set's member that this node's trust list holds as active, the bytes unchanged since signing, a document
/// that passes every document check, and event fields that agree with it. Anything else is refused,
/// logged with its reason and counted; nothing is retried, since the same bytes fail the same way.
/// </summary>
/// <remarks>
/// One wait is allowed: a key added just before the set was published may reach this node's membership
/// snapshot after the set itself (the two travel separately), so an unknown key is looked up again as the
/// snapshot moves on, for up to <see cref="RuleSetCatalogOptions.UnknownKeyGrace"/>. The consumer takes several
/// sets at once, so a set waiting here holds one turn, not the queue.
/// </remarks>
public sealed class ReceivedRuleSetCheck(
    SnapshotTrustedKeys trustedKeys,
    IMembershipSnapshot membership,
    IOptions<RuleSetCatalogOptions> options,
    RuleSetMetrics metrics,
    TimeProvider time,
    ILogger<ReceivedRuleSetCheck> logger)
{
    /// <param name="change">The set as it arrived: its fields as the sender states them, and its signed form.</param>
    /// <param name="source">Where it came from, for the log: an event and its origin, or the service followed.</param>
    public async Task<bool> AcceptAsync(PublishedRuleSet change, string source, CancellationToken cancellationToken)
    {
        // A peer (or anyone with broker access) may send an event with fields missing altogether.
        if (string.IsNullOrEmpty(change.Signed) || change.Member is null || !Kernel.MemberCode.IsValid(change.Member))
        {
            return Refuse(change, source, "Malformed", "the event lacks a member code or a signed rule set");
        }
        var verifier = new JwsVerifier(trustedKeys, RuleSetLimits.MaxSignedLength);
        var verified = await verifier.VerifyAsync(change.Signed, change.Member, TrustedKeyUse.Rules, time.GetUtcNow(), cancellationToken);
        var deadline = time.GetUtcNow() + options.Value.UnknownKeyGrace;
        if (verified.Failure == JwsFailure.UnknownKey && options.Value.UnknownKeyGrace > TimeSpan.Zero)
        {
            logger.LogInformation("Rule set {Member} v{Version} from {Source} names key {KeyId}, which this node's trust list does not hold yet; " +
                "waiting up to {Grace} for membership to bring it", change.Member, change.Version, source, change.KeyId, options.Value.UnknownKeyGrace);
        }
        while (verified.Failure == JwsFailure.UnknownKey && time.GetUtcNow() < deadline)
        {
            await WaitForMembershipChangeAsync(deadline, cancellationToken);
            verified = await verifier.VerifyAsync(change.Signed, change.Member, TrustedKeyUse.Rules, time.GetUtcNow(), cancellationToken);
        }
        if (!verified.IsValid)
        {
            return Refuse(change, source, verified.Failure!.Value.ToString(), verified.Message);
        }
        var read = RuleSetReader.Read(verified.Payload);
        if (read.RuleSet is not { } set)
        {
            return Refuse(change, source, "InvalidDocument", string.Join("; ", read.Problems.Take(5)));
        }
        var key = verified.Key!;
        if (set.Member != change.Member || set.Version != change.Version || set.ValidFrom != change.ValidFrom || key.KeyId != change.KeyId)
        {
            return Refuse(change, source, "EventDisagreesWithDocument",
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

    private bool Refuse(PublishedRuleSet change, string source, string reason, string detail)
    {
        metrics.Refused(change.Member ?? "", reason);
        logger.LogWarning("Refused rule set {Member} v{Version} from {Source}: {Reason}: {Detail} " +
            "This node keeps its current rule sets", change.Member, change.Version, source, reason, Sentence(detail));
        return false;
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
