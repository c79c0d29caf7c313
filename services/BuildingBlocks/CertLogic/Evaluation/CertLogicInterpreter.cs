using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Evaluates a CertLogic expression by walking its JSON each time. Simple and obviously faithful to the
/// specification; use <see cref="CertLogicCompiler"/> for rules evaluated more than once.
/// </summary>
public static class CertLogicInterpreter
{
    /// <summary>
    /// Validates <paramref name="expression"/>, then evaluates it on <paramref name="data"/>. Warnings do not
    /// stop it unless <paramref name="strict"/> (see <see cref="CertLogicIssueSeverity"/>).
    /// </summary>
    /// <exception cref="CertLogicValidationException">The expression is refused (checked before anything is evaluated).</exception>
    /// <exception cref="CertLogicEvaluationException">An operation met a value of the wrong type.</exception>
    /// <exception cref="CertLogicLimitExceededException">A <see cref="CertLogicLimits"/> limit was exceeded.</exception>
    public static CertLogicValue Evaluate(JsonElement expression, CertLogicValue data, CertLogicLimits? limits = null, bool strict = false)
    {
        limits ??= CertLogicLimits.Default;
        CertLogicValidator.EnsureValid(expression, limits, strict);
        try
        {
            return new InterpreterRun(limits).Eval(expression, data);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("interpreting", e);
        }
    }
}
