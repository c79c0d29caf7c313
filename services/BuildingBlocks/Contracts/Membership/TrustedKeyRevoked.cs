namespace TravelCorridor.Contracts.Membership;

/// <summary>A trusted key was revoked. Carries the whole key entry so a late replica can record it.</summary>
public sealed record TrustedKeyRevoked(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Member,
    string KeyId,
    string Use,
    string PublicKeyJwk,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Reason,
    DateTimeOffset RevokedAt) : IIntegrationEvent;
