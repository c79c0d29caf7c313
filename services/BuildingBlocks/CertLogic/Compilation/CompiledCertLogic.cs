namespace TravelCorridor.CertLogic;

/// <summary>
/// A validated expression compiled to one emitted method (see <see cref="IlCompiler"/>), or, where code
/// cannot be emitted, to a tree of delegates: evaluating it reads no JSON and, for rules with a boolean
/// result, allocates nothing. Immutable and safe to share between threads.
/// </summary>
public sealed class CompiledCertLogic
{
    private readonly EmittedRule? _method;
    private readonly CompiledNode? _root;
    private readonly CertLogicLimits _limits;

    internal CompiledCertLogic(EmittedRule method, CertLogicLimits limits)
    {
        _method = method;
        _limits = limits;
    }

    internal CompiledCertLogic(CompiledNode root, CertLogicLimits limits)
    {
        _root = root;
        _limits = limits;
    }

    /// <summary>Evaluates the expression on <paramref name="data"/>.</summary>
    /// <exception cref="CertLogicEvaluationException">An operation met a value of the wrong type.</exception>
    /// <exception cref="CertLogicLimitExceededException">More <c>reduce</c> steps than the limits allow.</exception>
    public CertLogicValue Evaluate(in CertLogicValue data)
    {
        try
        {
            if (_method is { } method)
            {
                return method(data);
            }

            var frame = new EvaluationFrame { Data = data, ReduceStepsLeft = _limits.MaxReduceSteps, Limits = _limits };
            return _root!(ref frame);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("evaluating", e);
        }
    }

    /// <summary>
    /// A rule's verdict: whether the expression evaluates to exactly <c>true</c>. Any other value, and any
    /// evaluation error, means the rule is not passed (the specification advises treating errors as false).
    /// </summary>
    public bool Passes(in CertLogicValue data)
    {
        try
        {
            var result = Evaluate(data);
            return result.Kind == CertLogicValueKind.Boolean && result.AsBoolean();
        }
        catch (CertLogicException)
        {
            return false;
        }
    }
}
