namespace TravelCorridor.CertLogic;

/// <summary>Whether an issue stops an expression from being used.</summary>
public enum CertLogicIssueSeverity
{
    /// <summary>
    /// Not CertLogic: a problem the reference validator (certlogic-js <c>validate</c>) also reports, such as an
    /// unknown operator, a wrong operand count or a non-integer number. The expression is refused.
    /// </summary>
    Error,

    /// <summary>
    /// Valid CertLogic that cannot be right where it is evaluated: an operand whose type is certainly
    /// wrong (<c>{"&lt;": [true, 1]}</c>, a date-time as a guard), a malformed literal date, a lone surrogate in a
    /// literal. The reference accepts such an expression and fails only if evaluation gets there (after
    /// <c>{"and": [false, …]}</c> it never does), so the engine accepts it too, unless asked to be strict.
    /// </summary>
    Warning,
}
