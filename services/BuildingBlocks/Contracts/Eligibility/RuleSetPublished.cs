namespace TravelCorridor.Contracts.Eligibility;

/// <summary>
/// A member state published a new version of its entry rule set. <see cref="SignedRuleSet"/> is the
/// whole set as a compact JWS (ES256) exactly as its author signed it, so a node applies it without
/// reaching the publisher's node and checks the signature against its own trust list first.
/// <see cref="Sequence"/> is the rule set's version.
/// </summary>
public sealed record RuleSetPublished(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Member,
    long Version,
    DateTimeOffset ValidFrom,
    string KeyId,
    string SignedRuleSet) : IIntegrationEvent;
