using Grpc.Core;

namespace TravelCorridor.Hosting.Errors;

/// <summary>
/// A failure a caller can act on. Domain code throws a subclass; the error interceptor turns it into
/// a <c>google.rpc.Status</c> with the given code, an <c>ErrorInfo</c> carrying <see cref="Reason"/>
/// and, for invalid arguments, a <c>BadRequest</c> with every field violation.
/// </summary>
public abstract class CorridorException(StatusCode code, string reason, string message,
    IReadOnlyDictionary<string, string>? metadata = null) : Exception(message)
{
    public StatusCode Code { get; } = code;

    /// <summary>Machine-readable reason in UPPER_SNAKE_CASE, e.g. <c>MEMBER_NOT_FOUND</c>.</summary>
    public string Reason { get; } = reason;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}
