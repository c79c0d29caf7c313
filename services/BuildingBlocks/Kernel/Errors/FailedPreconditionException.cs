namespace TravelCorridor.Kernel.Errors;

/// <summary>The request is well formed but the current state forbids it (<c>FAILED_PRECONDITION</c>).</summary>
public sealed class FailedPreconditionException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
