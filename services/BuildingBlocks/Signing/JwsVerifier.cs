using System.Security.Cryptography;

namespace TravelCorridor.Signing;

/// <summary>
/// Verifies compact ES256 JWS against the trust list. Checks run in the order that gives the most useful
/// answer: malformed, unknown key, key of another member, wrong use, revoked, outside validity, signature.
/// </summary>
public sealed class JwsVerifier(ITrustedKeyLookup trustedKeys, int maxTokenLength = CompactJws.DefaultMaxLength)
{
    /// <param name="at">The instant to judge key validity at; callers take it from their TimeProvider.</param>
    public ValueTask<JwsVerificationResult> VerifyAsync(string token, string expectedMember, TrustedKeyUse expectedUse,
        DateTimeOffset at, CancellationToken cancellationToken = default) =>
        VerifyCoreAsync(token, detachedPayload: null, expectedMember, expectedUse, at, cancellationToken);

    /// <summary>Verifies a detached JWS (header..signature) over <paramref name="payload"/>.</summary>
    public ValueTask<JwsVerificationResult> VerifyDetachedAsync(string token, ReadOnlyMemory<byte> payload, string expectedMember,
        TrustedKeyUse expectedUse, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        VerifyCoreAsync(token, payload, expectedMember, expectedUse, at, cancellationToken);

    private async ValueTask<JwsVerificationResult> VerifyCoreAsync(string token, ReadOnlyMemory<byte>? detachedPayload,
        string expectedMember, TrustedKeyUse expectedUse, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrEmpty(expectedMember);
        if (!CompactJws.TryParse(token, out var jws, out var problem, maxTokenLength))
        {
            return JwsVerificationResult.Failed(JwsFailure.Malformed, problem);
        }
        if (jws.IsDetached != detachedPayload.HasValue)
        {
            return JwsVerificationResult.Failed(JwsFailure.Malformed, jws.IsDetached
                ? "The token's payload is detached; verify it together with the payload."
                : "The token carries its own payload, but a detached JWS (header..signature) was expected.");
        }
        var candidates = await trustedKeys.FindAsync(jws.KeyId, cancellationToken);
        var key = candidates.FirstOrDefault(k => k.Member == expectedMember);
        if (key is null)
        {
            return candidates.Count == 0
                ? JwsVerificationResult.Failed(JwsFailure.UnknownKey, $"No key '{jws.KeyId}' is in the trust list.")
                : JwsVerificationResult.Failed(JwsFailure.KeyOfAnotherMember,
                    $"Key '{jws.KeyId}' belongs to {string.Join(", ", candidates.Select(k => k.Member).Distinct())}, not {expectedMember}.");
        }
        var refusal = Refusal(key, expectedUse, at);
        if (refusal is not null)
        {
            return refusal;
        }
        var payload = detachedPayload ?? jws.Payload;
        return SignatureMatches(jws, payload.Span, key)
            ? JwsVerificationResult.Valid(payload, key)
            : JwsVerificationResult.Failed(JwsFailure.BadSignature,
                $"The signature does not match the content and key {key.Member}/{key.KeyId}.", key);
    }

    private static JwsVerificationResult? Refusal(TrustListEntry key, TrustedKeyUse expectedUse, DateTimeOffset at)
    {
        var name = $"{key.Member}/{key.KeyId}";
        if (key.Use != expectedUse)
        {
            return JwsVerificationResult.Failed(JwsFailure.WrongUse,
                $"Key {name} is for {JwsVerificationResult.Name(key.Use)}, not {JwsVerificationResult.Name(expectedUse)}.", key);
        }
        if (key.Revoked)
        {
            return JwsVerificationResult.Failed(JwsFailure.Revoked, $"Key {name} is revoked.", key);
        }
        if (at < key.NotBefore)
        {
            return JwsVerificationResult.Failed(JwsFailure.OutsideValidity, $"Key {name} is not valid before {key.NotBefore:O}.", key);
        }
        return at >= key.NotAfter
            ? JwsVerificationResult.Failed(JwsFailure.OutsideValidity, $"Key {name} expired at {key.NotAfter:O}.", key)
            : null;
    }

    private static bool SignatureMatches(JwsToken jws, ReadOnlySpan<byte> payload, TrustListEntry key)
    {
        using var ecdsa = key.PublicKey.CreateECDsa();
        return ecdsa.VerifyData(jws.SigningInput(payload), jws.Signature.Span, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
