namespace TravelCorridor.CertLogic.Rules;

/// <summary>The EU rule <c>Type</c>.</summary>
public enum RuleType
{
    /// <summary>A rule a certificate (traveller) must pass to be accepted.</summary>
    Acceptance,
    /// <summary>A rule that invalidates certificates (identifier prefix <c>IR</c>).</summary>
    Invalidation,
}
