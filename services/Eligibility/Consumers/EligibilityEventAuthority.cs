using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Messaging.Authenticity;

namespace TravelCorridor.Eligibility.Consumers;

/// <summary>A member's rule sets are published on that member's own node only.</summary>
public sealed class EligibilityEventAuthority : IEventAuthority
{
    public string? Refusal(IIntegrationEvent change) => change is RuleSetPublished e && e.Member != e.Origin
        ? $"rule sets of {e.Member} are published on {e.Member}'s own node, not {e.Origin}'s."
        : null;
}
