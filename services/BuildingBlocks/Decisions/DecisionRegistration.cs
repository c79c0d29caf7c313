using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Decisions;

/// <summary>
/// Adds the decision core to a process: the rule-set catalog (seeded per <see cref="RuleSetCatalogOptions"/>), the
/// decider and the check of received rule sets. Eligibility and clearance both call it; the second call adds nothing,
/// so a node running both decides with one catalog whichever module was added first.
/// </summary>
public static class DecisionRegistration
{
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddOptions<RuleSetCatalogOptions>().BindConfiguration(RuleSetCatalogOptions.Section);
        services.TryAddSingleton<SnapshotTrustedKeys>();
        services.TryAddSingleton<BaselineRuleSets>();
        services.TryAddSingleton<RuleSetCatalog>();
        services.TryAddSingleton<RuleSetMetrics>();
        services.TryAddSingleton<ReceivedRuleSetCheck>();
        services.TryAddSingleton<EligibilityDecider>();
        return services;
    }
}
