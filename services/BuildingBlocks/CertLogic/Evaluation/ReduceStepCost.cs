using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// What one <c>reduce</c> step spends of <see cref="CertLogicLimits.MaxReduceSteps"/>: one, or with
/// <see cref="CertLogicLimits.CountLambdaSize"/> as many as the lambda has JSON values, so the budget bounds the
/// work done inside reductions and not only their iterations (a 2,000-value lambda over 1,000 items is two
/// million steps, not a thousand).
/// </summary>
internal static class ReduceStepCost
{
    public static int Of(JsonElement operands, CertLogicLimits limits) =>
        limits.CountLambdaSize && operands.ValueKind == JsonValueKind.Array && operands.GetArrayLength() > 1
            ? Math.Max(1, Values(operands[1]))
            : 1;

    private static int Values(JsonElement expr) => 1 + expr.ValueKind switch
    {
        JsonValueKind.Array => expr.EnumerateArray().Sum(Values),
        JsonValueKind.Object => expr.EnumerateObject().Sum(p => Values(p.Value)),
        _ => 0,
    };
}
