using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Kernel;

namespace TravelCorridor.Eligibility.Domain;

/// <summary>
/// One published version as this node stores it: the signed form exactly as its author signed it (the
/// rules are read back from its payload), plus what lists and orders need without parsing it. Every
/// version is its own row, never changed, so versions that arrive out of order all end up stored and the
/// one in force is chosen at read time.
/// </summary>
public sealed class StoredRuleSet : IVersioned
{
    public required string Member { get; init; }

    /// <summary>The rule set's version, which is also the replication version of this row.</summary>
    public long Version { get; init; }

    public DateTimeOffset ValidFrom { get; init; }

    public required string KeyId { get; init; }

    /// <summary>The compact JWS as published.</summary>
    public required string SignedRuleSet { get; init; }

    /// <summary>When it was published, by the publishing node's clock.</summary>
    public DateTimeOffset PublishedAt { get; init; }

    public string ChangedBy { get; set; } = "";

    /// <summary>The row as the decision core reads it.</summary>
    public PublishedRuleSet ToPublished() => new(Member, Version, ValidFrom, KeyId, SignedRuleSet, PublishedAt, ChangedBy);
}
