using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl;

/// <summary>How commands print validation issues: the path, then <c>error:</c> or <c>warning:</c>, as compilers do.</summary>
internal static class IssueText
{
    public static string Line(CertLogicIssue issue) =>
        $"{issue.Path}: {(issue.IsWarning ? "warning" : "error")}: {issue.Message}";

    public static string Summary(IReadOnlyList<CertLogicIssue> issues)
    {
        var warnings = issues.Count(issue => issue.IsWarning);
        var errors = issues.Count - warnings;
        return errors == 0
            ? warnings == 0 ? "valid" : $"valid, {warnings} warning(s)"
            : $"{errors} error(s), {warnings} warning(s)";
    }
}
