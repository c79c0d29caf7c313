namespace TravelCorridor.CertLogic;

/// <summary>
/// Base of every exception the engine throws. Validating, compiling or evaluating any JSON, parsing a rule
/// envelope or converting data throws nothing else (argument-null checks aside; a failure of the engine
/// itself arrives as <see cref="CertLogicInternalException"/>), so callers can catch this one type.
/// </summary>
public abstract class CertLogicException(string message, Exception? innerException = null)
    : Exception(message, innerException);
