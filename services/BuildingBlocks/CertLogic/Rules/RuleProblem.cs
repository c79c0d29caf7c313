namespace TravelCorridor.CertLogic.Rules;

/// <summary>One problem with a rule envelope, at a JSON path such as <c>$.Description[0].lang</c> or <c>$.Logic.and[1]</c>.</summary>
public sealed record RuleProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
