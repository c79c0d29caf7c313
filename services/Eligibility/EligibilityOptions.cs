namespace TravelCorridor.Eligibility;

/// <summary>
/// Settings of the eligibility service (section <c>Eligibility</c>); the same section's <c>SeedBaselineRules</c> and
/// <c>UnknownKeyGrace</c> are the decision core's (<see cref="Decisions.RuleSets.RuleSetCatalogOptions"/>).
/// </summary>
public sealed class EligibilityOptions
{
    public const string Section = "Eligibility";

    /// <summary>
    /// How far ahead of publication a set's validFrom must be, so every node and airline has it before
    /// it applies (the EU gateway asks 48 hours). An invalidation-only set may take effect at once.
    /// </summary>
    public TimeSpan MinimumLeadTime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How far ahead a set may be published at most.</summary>
    public TimeSpan MaximumLeadTime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// How long one <c>TestRuleSet</c> call may spend deciding its cases. Each rule's evaluation is bounded on
    /// its own (see docs/rules.md, "Limits"); this bounds their sum, so no call holds a core for long whatever
    /// the set and cases. Over it: <c>RESOURCE_EXHAUSTED</c> (<c>TEST_BUDGET_EXCEEDED</c>).
    /// </summary>
    public TimeSpan TestCallBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many <c>TestRuleSet</c>/<c>ValidateRuleSet</c> calls one caller may have running at once.</summary>
    public int MaxConcurrentTrialsPerCaller { get; set; } = 2;
}
