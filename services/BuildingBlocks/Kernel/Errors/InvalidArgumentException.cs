namespace TravelCorridor.Kernel.Errors;

/// <summary>
/// The request itself is malformed (<c>INVALID_ARGUMENT</c>). <see cref="Violations"/> lists the problems
/// (the <c>BadRequest</c> details), with a last entry counting any <paramref name="unlisted"/> ones; the
/// message, which travels as <c>grpc-message</c> and into gRPC's log, names only the first few so it
/// stays one short line.
/// </summary>
public sealed class InvalidArgumentException(IReadOnlyList<FieldViolation> violations, int unlisted = 0)
    : CorridorException("INVALID_REQUEST", Summary(violations, unlisted))
{
    public const int MaxInMessage = 3;

    public IReadOnlyList<FieldViolation> Violations { get; } = unlisted == 0
        ? violations
        : [.. violations, new FieldViolation("", $"and {unlisted} more violations, not listed")];

    private static string Summary(IReadOnlyList<FieldViolation> violations, int unlisted)
    {
        var named = string.Join("; ", violations.Take(MaxInMessage).Select(v => $"{v.Field}: {v.Description}"));
        var more = Math.Max(0, violations.Count - MaxInMessage) + unlisted;
        return more == 0
            ? $"The request is invalid: {named}"
            : $"The request is invalid: {named}; and {more} more (see the BadRequest details)";
    }
}
