namespace TravelCorridor.Eligibility.Application;

/// <summary>Which checks a proposed rule set gets.</summary>
public enum RuleSetCheckMode
{
    /// <summary>Every check: publishing, and its dry run ValidateRuleSet.</summary>
    Publication,
    /// <summary>The document and, when signed, the signature; not the version or the lead time, which matter only for publishing.</summary>
    Test,
}
