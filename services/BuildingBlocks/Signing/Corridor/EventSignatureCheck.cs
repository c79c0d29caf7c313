namespace TravelCorridor.Signing.Corridor;

/// <summary>
/// Whether an event's detached signature is its origin node's: the one check a node makes before it applies an
/// event (then its services judge whether the origin may write it) and <c>corridorctl events tail --corridor</c>
/// makes before it calls an event verified. The key comes from <paramref name="nodeKeys"/> — the corridor file's
/// anchors, never the trust list that events themselves carry.
/// </summary>
public sealed class EventSignatureCheck(ITrustedKeyLookup nodeKeys, int maxSignatureLength)
{
    private readonly JwsVerifier verifier = new(nodeKeys, maxSignatureLength);

    /// <returns>Null when the signature is the origin's over <paramref name="signingInput"/>, else why not
    /// (an <see cref="EventRefusal"/> reason and a sentence).</returns>
    public async ValueTask<(string Reason, string Detail)?> ProblemAsync(string? signature, string? origin, ReadOnlyMemory<byte> signingInput,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return (EventRefusal.Unsigned, "it carries no signature. Nodes sign every event since the federation got trust anchors; " +
                "a node that does not is older than that and must be upgraded (docs/operations.md, \"Signed events\").");
        }
        if (string.IsNullOrEmpty(origin))
        {
            return (EventRefusal.UnknownNodeKey, "it names no origin.");
        }
        var result = await verifier.VerifyDetachedAsync(signature, signingInput, origin, TrustedKeyUse.Node, now, cancellationToken);
        if (result.IsValid)
        {
            return null;
        }
        return (result.Failure switch
        {
            JwsFailure.UnknownKey => EventRefusal.UnknownNodeKey,
            JwsFailure.KeyOfAnotherMember => EventRefusal.KeyOfAnotherMember,
            JwsFailure.BadSignature => EventRefusal.BadSignature,
            _ => EventRefusal.MalformedSignature,
        }, result.Message);
    }
}
