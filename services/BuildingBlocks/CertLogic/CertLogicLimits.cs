namespace TravelCorridor.CertLogic;

/// <summary>
/// Resource limits that keep hostile or broken rules and data from exhausting the stack, memory or CPU.
/// Exceeding one raises <see cref="CertLogicLimitExceededException"/>.
/// </summary>
public sealed record CertLogicLimits
{
    /// <summary>Hard ceiling for every depth limit, far below what would overflow the stack.</summary>
    public const int AbsoluteMaxDepth = 512;

    /// <summary>The limits used when none are given.</summary>
    public static CertLogicLimits Default { get; } = new();

    /// <summary>
    /// Maximum JSON nesting of an expression (every operation is two levels: its object and its operand
    /// array). Real rules stay well under 40.
    /// </summary>
    public int MaxExpressionDepth { get; init; } = 128;

    /// <summary>Maximum number of JSON values in an expression; every fragment of a <c>var</c> path counts as one.</summary>
    public int MaxExpressionNodes { get; init; } = 20_000;

    /// <summary>Maximum JSON nesting of data converted with <see cref="CertLogicValue.FromJson(System.Text.Json.JsonElement, CertLogicLimits?)"/>.</summary>
    public int MaxDataDepth { get; init; } = 128;

    /// <summary>
    /// Maximum number of <c>reduce</c> steps (lambda applications) in one evaluation; <c>reduce</c> is the
    /// only loop in CertLogic, so this bounds the work of nested reductions.
    /// </summary>
    public int MaxReduceSteps { get; init; } = 1_000_000;

    /// <summary>
    /// When true, a <c>reduce</c> step costs as many steps as its lambda has JSON values, so
    /// <see cref="MaxReduceSteps"/> bounds the values evaluated inside reductions rather than their iterations
    /// alone. Off by default (the reference engine counts iterations); rule sets turn it on.
    /// </summary>
    public bool CountLambdaSize { get; init; }

    /// <summary>Maximum number of JSON values written when a result is serialised.</summary>
    public int MaxOutputNodes { get; init; } = 1_000_000;

    internal int EffectiveExpressionDepth => Math.Min(MaxExpressionDepth, AbsoluteMaxDepth);

    internal int EffectiveDataDepth => Math.Min(MaxDataDepth, AbsoluteMaxDepth);
}
