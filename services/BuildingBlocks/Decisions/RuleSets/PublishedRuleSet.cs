namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// A published version as plain values: the compact JWS exactly as its member signed it, and what lists and
/// orders need without parsing it. Eligibility stores it as a row, clearance on its own in a file; the catalog
/// compiles it from <see cref="Signed"/> whatever the storage.
/// </summary>
/// <param name="PublishedAt">When it was published, by the publishing node's clock.</param>
/// <param name="PublishedBy">The member whose node published it.</param>
public sealed record PublishedRuleSet(
    string Member,
    long Version,
    DateTimeOffset ValidFrom,
    string KeyId,
    string Signed,
    DateTimeOffset PublishedAt,
    string PublishedBy);
