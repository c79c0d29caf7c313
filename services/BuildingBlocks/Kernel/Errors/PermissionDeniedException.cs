namespace TravelCorridor.Kernel.Errors;

/// <summary>The caller is authenticated but may not do this (<c>PERMISSION_DENIED</c>).</summary>
public sealed class PermissionDeniedException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
