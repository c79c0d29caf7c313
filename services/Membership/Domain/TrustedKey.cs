using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Domain;

/// <summary>A member state's public key in the trust list, with its validity window.</summary>
public sealed class TrustedKey : IVersioned
{
    public required string Member { get; init; }

    public required string KeyId { get; init; }

    public KeyUse Use { get; set; }

    public required string PublicKeyJwk { get; set; }

    public DateTimeOffset NotBefore { get; set; }

    public DateTimeOffset NotAfter { get; set; }

    public bool Revoked { get; set; }

    public string RevocationReason { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    public long Version { get; set; }

    /// <summary>Member code of the node where the change that produced this state was made; empty for seeds.</summary>
    public string ChangedBy { get; set; } = "";

    public void Revoke(string reason, DateTimeOffset now)
    {
        if (Revoked)
        {
            throw new FailedPreconditionException("KEY_ALREADY_REVOKED", $"Key {Member}/{KeyId} is already revoked.",
                new Dictionary<string, string> { ["member"] = Member, ["key_id"] = KeyId });
        }
        Revoked = true;
        RevocationReason = reason;
        RevokedAt = now;
        Version++;
    }
}
