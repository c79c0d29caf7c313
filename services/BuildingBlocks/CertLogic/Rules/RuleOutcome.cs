namespace TravelCorridor.CertLogic.Rules;

/// <summary>Our extension <c>Outcome</c>: what a failed rule means for the traveller.</summary>
public enum RuleOutcome
{
    /// <summary>The traveller is denied (the default).</summary>
    Deny,
    /// <summary>The traveller is referred to an officer.</summary>
    Refer,
}
