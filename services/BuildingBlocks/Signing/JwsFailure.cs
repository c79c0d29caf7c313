namespace TravelCorridor.Signing;

/// <summary>Why a JWS was not accepted, in the order verification checks.</summary>
public enum JwsFailure
{
    /// <summary>Not a compact ES256 JWS: parts, base64url, header JSON, alg, kid, signature length, size.</summary>
    Malformed,

    /// <summary>No trust-list key has the header's kid.</summary>
    UnknownKey,

    /// <summary>The kid is known, but only as a key of another member than the one expected.</summary>
    KeyOfAnotherMember,

    /// <summary>The member's key is for another use (a NODE key signing RULES, say).</summary>
    WrongUse,

    Revoked,

    /// <summary>The instant of verification is before the key's NotBefore or at or after its NotAfter.</summary>
    OutsideValidity,

    /// <summary>The signature does not match the header, payload and key.</summary>
    BadSignature,
}
