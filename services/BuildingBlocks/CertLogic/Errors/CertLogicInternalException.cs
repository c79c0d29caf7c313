namespace TravelCorridor.CertLogic;

/// <summary>
/// The engine failed in a way it does not expect: a bug, never a property of the rule or the data. The
/// public entry points turn any such failure into this, so callers that catch
/// <see cref="CertLogicException"/> still hold (a rule that hits one is failed, as with any other error).
/// The original failure is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class CertLogicInternalException(string operation, Exception innerException)
    : CertLogicException($"Internal error in the CertLogic engine while {operation}: {innerException.GetType().Name}: {innerException.Message}", innerException)
{
    /// <summary>What the engine was doing (e.g. <c>compiling</c>).</summary>
    public string Operation { get; } = operation;
}
