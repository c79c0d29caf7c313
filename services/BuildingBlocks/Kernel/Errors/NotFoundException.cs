namespace TravelCorridor.Kernel.Errors;

/// <summary>The thing the caller named does not exist (<c>NOT_FOUND</c>).</summary>
public sealed class NotFoundException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
