using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

using TravelCorridor.Decisions.Data;

namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// Binds a pass to its holder's travel document without putting the document into the pass: the pass carries a
/// random salt and SHA-256 digests of "ISSUING_STATE:NUMBER" and of "ISSUING_STATE:NUMBER:DATE_OF_BIRTH" under
/// it. Any node, and an offline verifier with only the pass and the presented document, recomputes them; the
/// document number, name and date of birth never appear in the pass, the audit log or an event.
/// </summary>
/// <remarks>
/// Chosen over the holder's name and date of birth in clear (as the EU certificate and ICAO visible digital
/// seals carry them) because passes are stored in the audit log and travel through airline systems, where
/// personal data must not follow them. The salt makes digests of one traveller's passes unlinkable and rules
/// out precomputed tables; it does not make a document number secret against someone who tries every number
/// for one pass, so a pass should still be treated as personal data.
/// </remarks>
public static class PassHolder
{
    public const int SaltBytes = 16;

    /// <summary>A new salt and the two digests of a document.</summary>
    public static (string Salt, string Document, string DocumentAndBirth) Bind(string issuingState, string number, string dateOfBirth)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (Base64Url.EncodeToString(salt), Digest(salt, $"{issuingState}:{number}"), Digest(salt, $"{issuingState}:{number}:{dateOfBirth}"));
    }

    /// <summary>Whether the presented document (and date of birth, when given) is the one the pass was issued for.</summary>
    public static bool Matches(PassClaims claims, string issuingState, string number, string? dateOfBirth)
    {
        if (!Base64Url.IsValid(claims.HolderSalt) || Base64Url.DecodeFromChars(claims.HolderSalt) is not { Length: SaltBytes } salt)
        {
            return false;
        }
        var document = Same(Digest(salt, $"{issuingState}:{number}"), claims.Holder);
        return string.IsNullOrEmpty(dateOfBirth)
            ? document
            : document & Same(Digest(salt, $"{issuingState}:{number}:{dateOfBirth}"), claims.HolderWithBirthDate);
    }

    private static string Digest(byte[] salt, string text) =>
        Base64Url.EncodeToString(SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(text)]));

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}
