namespace TravelCorridor.Hosting.Errors;

/// <summary>The request itself is malformed (<c>INVALID_ARGUMENT</c>); lists every field violation at once.</summary>
public sealed class InvalidArgumentException(IReadOnlyList<FieldViolation> violations)
    : CorridorException("INVALID_REQUEST",
        "The request is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}
