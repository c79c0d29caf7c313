namespace TravelCorridor.Kernel.Errors;

/// <summary>The caller asked for more work than one call or one caller may have (<c>RESOURCE_EXHAUSTED</c>); smaller or later calls succeed.</summary>
public sealed class ResourceExhaustedException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
