namespace TravelCorridor.CertLogic;

/// <summary>
/// The mutable state of one compiled evaluation, passed by reference so nothing is allocated. Inside a
/// <c>reduce</c> lambda the data context is <c>{ accumulator, current }</c>; instead of building that
/// object for every step, the loop sets these two slots and the lambda's <c>var</c>s read them.
/// </summary>
internal struct EvaluationFrame
{
    public CertLogicValue Data;
    public CertLogicValue Accumulator;
    public CertLogicValue Current;
    public int ReduceStepsLeft;
    public CertLogicLimits Limits;
}

/// <summary>A whole expression compiled to one method by <see cref="IlCompiler"/>; the data is passed by reference, not copied.</summary>
internal delegate CertLogicValue EmittedRule(in CertLogicValue data);

/// <summary>A compiled (sub-)expression.</summary>
internal delegate CertLogicValue CompiledNode(ref EvaluationFrame frame);

/// <summary>A compiled sub-expression that always yields a boolean, evaluated without wrapping it in a value.</summary>
internal delegate bool CompiledPredicate(ref EvaluationFrame frame);
