namespace TravelCorridor.Signing;

/// <summary>
/// The answer of <see cref="JwsVerifier"/>: the payload and the key that signed it, or why the token was
/// not accepted. A result rather than an exception, because a refused token is an ordinary outcome.
/// </summary>
public sealed class JwsVerificationResult
{
    private JwsVerificationResult(JwsFailure? failure, string message, ReadOnlyMemory<byte> payload, TrustListEntry? key)
    {
        Failure = failure;
        Message = message;
        Payload = payload;
        Key = key;
    }

    public bool IsValid => Failure is null;

    /// <summary>Null when valid.</summary>
    public JwsFailure? Failure { get; }

    /// <summary>For people: what was checked, or what did not fit and why.</summary>
    public string Message { get; }

    /// <summary>The signed bytes; empty unless valid.</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>The key that signed; on failure the member's key that did not fit, when one was found.</summary>
    public TrustListEntry? Key { get; }

    internal static JwsVerificationResult Valid(ReadOnlyMemory<byte> payload, TrustListEntry key) =>
        new(null, $"Signed with key {key.Member}/{key.KeyId} ({Name(key.Use)}).", payload, key);

    internal static JwsVerificationResult Failed(JwsFailure failure, string message, TrustListEntry? key = null) =>
        new(failure, message, ReadOnlyMemory<byte>.Empty, key);

    /// <summary>The trust list's spelling (RULES, PASSES, NODE).</summary>
    internal static string Name(TrustedKeyUse use) => use.ToString().ToUpperInvariant();
}
