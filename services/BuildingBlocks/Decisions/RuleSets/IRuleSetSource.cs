namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// What fills a process's <see cref="RuleSetCatalog"/>: eligibility's own database, or, for clearance on its own,
/// the rule sets it follows from an eligibility service. A process deciding on travellers has exactly one; the
/// composition is checked once every module has been added, so it does not depend on the order they were added in.
/// </summary>
public interface IRuleSetSource
{
    /// <summary>Where the sets come from, for the log and for a configuration error.</summary>
    string Description { get; }
}
