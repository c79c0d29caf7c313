namespace TravelCorridor.Kernel.Errors;

/// <summary>The thing the caller wants to create exists already (<c>ALREADY_EXISTS</c>).</summary>
public sealed class AlreadyExistsException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
