namespace TravelCorridor.Kernel.Errors;

/// <summary>
/// The operation lost a race with another writer (a concurrent change to the same row): nothing was changed,
/// and the caller should read again and retry.
/// </summary>
public sealed class AbortedException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : CorridorException(reason, message, metadata);
