namespace TravelCorridor.CertLogic;

/// <summary>
/// Base of every exception the engine throws on purpose. Validating, compiling or evaluating any JSON
/// throws nothing else (argument-null checks aside), so callers can catch this one type.
/// </summary>
public abstract class CertLogicException(string message, Exception? innerException = null)
    : Exception(message, innerException);
