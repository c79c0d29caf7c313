namespace TravelCorridor.CertLogic;

/// <summary>
/// A <see cref="CertLogicLimits"/> limit was exceeded: the expression is too deep or too large, the data
/// too deep, an evaluation took too many <c>reduce</c> steps, or a result is too large to write.
/// </summary>
public sealed class CertLogicLimitExceededException(string limit, int maximum)
    : CertLogicException($"CertLogic limit exceeded: {limit} may be at most {maximum}.")
{
    /// <summary>Which limit (e.g. <c>expression depth</c>).</summary>
    public string Limit { get; } = limit;

    /// <summary>The configured maximum.</summary>
    public int Maximum { get; } = maximum;
}
