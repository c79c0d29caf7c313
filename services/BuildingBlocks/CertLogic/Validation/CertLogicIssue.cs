using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>One problem with an expression.</summary>
/// <param name="Path">JSON path of the offending part within the expression, e.g. <c>$.and[1]['plusTime'][2]</c>.</param>
/// <param name="Message">What is wrong; messages match those of the reference validator where it has one.</param>
/// <param name="Expression">The offending (sub-)expression.</param>
/// <param name="Severity">An error refuses the expression; a warning only does so when the caller asks to be strict.</param>
public sealed record CertLogicIssue(string Path, string Message, JsonElement Expression, CertLogicIssueSeverity Severity = CertLogicIssueSeverity.Error)
{
    /// <summary>Whether this is a <see cref="CertLogicIssueSeverity.Warning"/>.</summary>
    public bool IsWarning => Severity == CertLogicIssueSeverity.Warning;

    /// <inheritdoc />
    public override string ToString() => IsWarning ? $"{Path}: warning: {Message}" : $"{Path}: {Message}";
}
