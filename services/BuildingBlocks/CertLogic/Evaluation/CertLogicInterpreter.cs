using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Evaluates a CertLogic expression by walking its JSON each time. Simple and obviously faithful to the
/// specification; use <see cref="CertLogicCompiler"/> for rules evaluated more than once.
/// </summary>
public static class CertLogicInterpreter
{
    /// <summary>Validates <paramref name="expression"/>, then evaluates it on <paramref name="data"/>.</summary>
    /// <exception cref="CertLogicValidationException">The expression is invalid (checked before anything is evaluated).</exception>
    /// <exception cref="CertLogicEvaluationException">An operation met a value of the wrong type.</exception>
    /// <exception cref="CertLogicLimitExceededException">A <see cref="CertLogicLimits"/> limit was exceeded.</exception>
    public static CertLogicValue Evaluate(JsonElement expression, CertLogicValue data, CertLogicLimits? limits = null)
    {
        limits ??= CertLogicLimits.Default;
        CertLogicValidator.EnsureValid(expression, limits);
        return new InterpreterRun(limits).Eval(expression, data);
    }
}
