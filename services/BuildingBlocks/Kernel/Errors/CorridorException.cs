namespace TravelCorridor.Kernel.Errors;

/// <summary>
/// A failure a caller can act on. Domain code throws a subclass that says what went wrong (not found,
/// a forbidden transition, …); only the gRPC error interceptor knows which status code each kind
/// becomes, so the domain stays free of transport types. <see cref="Reason"/> and
/// <see cref="Metadata"/> travel in an <c>ErrorInfo</c>; invalid arguments add a <c>BadRequest</c>.
/// </summary>
public abstract class CorridorException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : Exception(message)
{
    /// <summary>Machine-readable reason in UPPER_SNAKE_CASE, e.g. <c>MEMBER_NOT_FOUND</c>.</summary>
    public string Reason { get; } = reason;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}
