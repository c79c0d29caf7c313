namespace TravelCorridor.CertLogic;

/// <summary>
/// Evaluating a valid expression hit a type mismatch the specification calls an error, for example an
/// <c>if</c> guard that is neither truthy nor falsy, <c>in</c> on a non-array, or a string that is not an
/// allowed date-time. A rule whose evaluation throws this is deemed failed.
/// </summary>
public sealed class CertLogicEvaluationException(string reason, string path)
    : CertLogicException($"{reason} (at {path})")
{
    /// <summary>What went wrong, without the location.</summary>
    public string Reason { get; } = reason;

    /// <summary>JSON path, within the expression, of the operation that failed (e.g. <c>$.and[1]</c>).</summary>
    public string Path { get; } = path;
}
