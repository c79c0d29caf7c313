using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Eligibility.Domain;

namespace TravelCorridor.Eligibility.Application;

/// <summary>A <see cref="RuleSetPublished"/> as the stored row it describes: the one mapping from event to state.</summary>
public static class RuleSetState
{
    public static StoredRuleSet Of(RuleSetPublished change, StoredRuleSet? current = null) => new()
    {
        Member = change.Member,
        Version = change.Version,
        ValidFrom = change.ValidFrom,
        KeyId = change.KeyId,
        SignedRuleSet = change.SignedRuleSet,
        PublishedAt = change.OccurredAt,
        ChangedBy = change.Origin,
    };
}
