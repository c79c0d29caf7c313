namespace TravelCorridor.Contracts.Membership;

/// <summary>A public key joined the trust list. Use is <c>RULES</c>, <c>PASSES</c> or <c>NODE</c>.</summary>
public sealed record TrustedKeyAdded(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Member,
    string KeyId,
    string Use,
    string PublicKeyJwk,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter) : IIntegrationEvent;
