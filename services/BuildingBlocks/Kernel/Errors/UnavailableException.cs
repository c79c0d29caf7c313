namespace TravelCorridor.Kernel.Errors;

/// <summary>Something this node depends on is not ready yet; the caller may retry (<c>UNAVAILABLE</c>).</summary>
public sealed class UnavailableException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
