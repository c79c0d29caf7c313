using System.Text;

namespace TravelCorridor.Signing;

/// <summary>
/// A compact ES256 JWS split into its parts, well-formed but not yet verified: nothing in it is to be
/// trusted before <see cref="JwsVerifier"/> says so.
/// </summary>
public sealed class JwsToken
{
    private readonly string headerSegment;
    private readonly string payloadSegment;
    private readonly byte[] payload;
    private readonly byte[] signature;

    internal JwsToken(string headerSegment, string payloadSegment, byte[] payload, byte[] signature, string keyId, string? type)
    {
        this.headerSegment = headerSegment;
        this.payloadSegment = payloadSegment;
        this.payload = payload;
        this.signature = signature;
        KeyId = keyId;
        Type = type;
    }

    /// <summary>The header's kid: which key the signer claims to have used.</summary>
    public string KeyId { get; }

    /// <summary>The header's optional typ.</summary>
    public string? Type { get; }

    /// <summary>Detached (RFC 7515 Appendix F): the payload part is empty and travels separately.</summary>
    public bool IsDetached => payloadSegment.Length == 0;

    /// <summary>The decoded payload; empty when detached.</summary>
    public ReadOnlyMemory<byte> Payload => payload;

    public ReadOnlyMemory<byte> Signature => signature;

    /// <summary>ASCII(header "." payload), with the payload encoded here when it was detached.</summary>
    internal byte[] SigningInput(ReadOnlySpan<byte> detachedPayload) =>
        Encoding.ASCII.GetBytes($"{headerSegment}.{(IsDetached ? Base64UrlText.Encode(detachedPayload) : payloadSegment)}");
}
