namespace TravelCorridor.CertLogic;

/// <summary>
/// The expression is not valid CertLogic. <see cref="Issues"/> lists every problem found, each with the
/// JSON path of the offending part. Thrown by compiling and by interpreting an invalid expression.
/// </summary>
public sealed class CertLogicValidationException(IReadOnlyList<CertLogicIssue> issues)
    : CertLogicException(Describe(issues))
{
    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<CertLogicIssue> Issues { get; } = issues;

    private static string Describe(IReadOnlyList<CertLogicIssue> issues) =>
        $"Invalid CertLogic expression ({issues.Count} problem{(issues.Count == 1 ? "" : "s")}): "
        + string.Join("; ", issues.Select(issue => issue.ToString()));
}
