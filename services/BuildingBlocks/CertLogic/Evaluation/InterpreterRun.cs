using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// One evaluation by walking the (validated) JSON expression. Deliberately plain: it is the executable
/// reading of the specification that the compiled form is checked against.
/// </summary>
internal sealed class InterpreterRun(CertLogicLimits limits) : IPathSource
{
    private readonly List<(string Operator, int Index)> _position = [];
    private int _reduceStepsLeft = limits.MaxReduceSteps;

    public string CurrentPath()
    {
        var path = JsonPaths.Root;
        foreach (var (op, index) in _position)
        {
            path = op.Length == 0 ? JsonPaths.Index(path, index) : JsonPaths.Index(JsonPaths.Property(path, op), index);
        }

        return path;
    }

    public CertLogicValue Eval(JsonElement expr, in CertLogicValue data)
    {
        switch (expr.ValueKind)
        {
            case JsonValueKind.String:
                return CertLogicValue.FromString(JsonText.GetString(expr));
            case JsonValueKind.Number:
                return CertLogicValue.FromNumber(CertLogicValue.ReadNumber(expr));
            case JsonValueKind.True:
                return CertLogicValue.True;
            case JsonValueKind.False:
                return CertLogicValue.False;
            case JsonValueKind.Array:
                var items = new CertLogicValue[expr.GetArrayLength()];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Operand(string.Empty, expr, i, data);
                }

                return CertLogicValue.FromArrayUnsafe(items);
            case JsonValueKind.Object:
                var operation = expr.EnumerateObject().First();
                var op = JsonText.GetName(operation);
                return op == Operators.Var
                    ? DataPath.Parse(JsonText.GetString(operation.Value)).Access(data)
                    : Operation(op, operation.Value, data);
            default:
                throw new CertLogicEvaluationException("invalid CertLogic expression", CurrentPath());
        }
    }

    private CertLogicValue Operation(string op, JsonElement operands, in CertLogicValue data)
    {
        var here = new PathRef(this);
        switch (op)
        {
            case Operators.If:
                var guard = Operand(op, operands, 0, data);
                return Operand(op, operands, Semantics.Boolsy(guard, "if-guard", here) ? 1 : 2, data);
            case Operators.And:
                var result = CertLogicValue.True;
                for (var i = 0; i < operands.GetArrayLength() && result.IsTruthy; i++)
                {
                    result = Operand(op, operands, i, data);
                    Semantics.Boolsy(result, $"operand #{i + 1} of \"and\"", here);
                }

                return result;
            case Operators.Not:
                return CertLogicValue.FromBoolean(!Semantics.Boolsy(Operand(op, operands, 0, data), "operand of \"!\"", here));
            case Operators.StrictEquals:
                var left = Operand(op, operands, 0, data);
                return CertLogicValue.FromBoolean(CertLogicValue.StrictEquals(left, Operand(op, operands, 1, data)));
            case Operators.In:
                var item = Operand(op, operands, 0, data);
                return CertLogicValue.FromBoolean(Semantics.In(item, Operand(op, operands, 1, data), here));
            case Operators.Plus:
                var a = Operand(op, operands, 0, data);
                return Semantics.Plus(a, Operand(op, operands, 1, data), here);
            case Operators.PlusTime:
                TimeUnits.TryParse(JsonText.GetString(operands[2]), out var unit);
                return Semantics.PlusTime(Operand(op, operands, 0, data), CertLogicValue.ReadNumber(operands[1]), unit, here);
            case Operators.DccDateOfBirth:
                return Semantics.DateOfBirth(Operand(op, operands, 0, data), here);
            case Operators.ExtractFromUvci:
                return Semantics.ExtractFromUvci(Operand(op, operands, 0, data), CertLogicValue.ReadNumber(operands[1]), here);
            case Operators.Reduce:
                return Reduce(operands, data, here);
            default:
                return Comparison(op, operands, data, here);
        }
    }

    private CertLogicValue Comparison(string op, JsonElement operands, in CertLogicValue data, PathRef here)
    {
        var values = new CertLogicValue[operands.GetArrayLength()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Operand(op, operands, i, data);
        }

        var dates = Operators.IsDateTimeComparison(op);
        var holds = true;
        for (var i = 0; i + 1 < values.Length; i++)
        {
            // Every operand is type-checked, even when an earlier pair already decided the outcome.
            var pair = dates
                ? Semantics.CompareDateTimes(op, values[i], values[i + 1], here)
                : Semantics.CompareIntegers(op, values[i], values[i + 1], here);
            holds &= pair;
        }

        return CertLogicValue.FromBoolean(holds);
    }

    private CertLogicValue Reduce(JsonElement operands, in CertLogicValue data, PathRef here)
    {
        var operand = Operand(Operators.Reduce, operands, 0, data);
        if (operand.IsNull)
        {
            return Operand(Operators.Reduce, operands, 2, data);
        }

        var items = operand.ArrayOrNull ?? throw Semantics.NotAnArrayForReduce(here);
        var accumulator = Operand(Operators.Reduce, operands, 2, data);
        var cost = ReduceStepCost.Of(operands, limits);
        foreach (var current in items)
        {
            if ((_reduceStepsLeft -= cost) < 0)
            {
                throw Semantics.TooManyReduceSteps(limits);
            }

            var context = CertLogicValue.FromObjectUnsafe(new CertLogicObject(["accumulator", "current"], [accumulator, current]));
            accumulator = Operand(Operators.Reduce, operands, 1, context);
        }

        return accumulator;
    }

    private CertLogicValue Operand(string op, JsonElement operands, int index, in CertLogicValue data)
    {
        _position.Add((op, index));
        var value = Eval(operands[index], data);
        _position.RemoveAt(_position.Count - 1);
        return value;
    }
}
