namespace TravelCorridor.CertLogic;

/// <summary>
/// The guard at every public entry point: only <see cref="CertLogicException"/>s may leave the engine.
/// Used as <c>catch (Exception e) when (EngineBoundary.IsUnexpected(e)) { throw EngineBoundary.Fault(…, e); }</c>,
/// which costs nothing until something is thrown.
/// </summary>
internal static class EngineBoundary
{
    /// <summary>
    /// Whether <paramref name="e"/> is a failure of the engine itself. The engine's own exceptions pass as they
    /// are, and so do the caller's mistakes the API documents (a null argument, a disposed
    /// <see cref="System.Text.Json.JsonDocument"/>) and running out of memory, which no wrapper can help.
    /// </summary>
    public static bool IsUnexpected(Exception e) =>
        e is not (CertLogicException or ArgumentNullException or ObjectDisposedException or OutOfMemoryException);

    public static CertLogicInternalException Fault(string operation, Exception e) => new(operation, e);
}
