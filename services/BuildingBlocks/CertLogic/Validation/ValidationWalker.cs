using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Walks an expression once, collecting every issue and inferring what it can of each operand's type
/// so that operands which can never be right (a boolean compared with <c>&lt;</c>, a date-time as an
/// <c>if</c> guard, a malformed literal date) are reported before any data is seen. Those are warnings:
/// the reference accepts them, and a branch that is never evaluated never fails (see
/// <see cref="CertLogicIssueSeverity"/>); what the reference validator reports is an error.
/// </summary>
internal sealed partial class ValidationWalker(CertLogicLimits limits)
{
    private readonly List<CertLogicIssue> _issues = [];
    private int _nodes;

    public List<CertLogicIssue> Issues => _issues;

    public StaticType Check(JsonElement expr, string path, int depth)
    {
        if (depth > limits.EffectiveExpressionDepth)
        {
            throw new CertLogicLimitExceededException("expression depth", limits.EffectiveExpressionDepth);
        }

        if (++_nodes > limits.MaxExpressionNodes)
        {
            throw new CertLogicLimitExceededException("expression size", limits.MaxExpressionNodes);
        }

        switch (expr.ValueKind)
        {
            case JsonValueKind.String:
                WarnOfLoneSurrogate(path, JsonText.GetString(expr), expr);
                return StaticType.String;
            case JsonValueKind.True or JsonValueKind.False:
                return StaticType.Boolean;
            case JsonValueKind.Number:
                if (double.IsInteger(CertLogicValue.ReadNumber(expr)))
                {
                    return StaticType.Integer;
                }

                Report(path, $"{JsonPaths.Render(expr)} is a non-integer number", expr);
                return StaticType.Any;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in expr.EnumerateArray())
                {
                    Check(item, JsonPaths.Index(path, i++), depth + 1);
                }

                return StaticType.Array;
            case JsonValueKind.Object:
                return CheckOperation(expr, path, depth);
            default:
                Report(path, "invalid CertLogic expression", expr);
                return StaticType.Any;
        }
    }

    private StaticType CheckOperation(JsonElement expr, string path, int depth)
    {
        var count = 0;
        JsonProperty operation = default;
        foreach (var property in expr.EnumerateObject())
        {
            operation = property;
            count++;
        }

        if (count != 1)
        {
            Report(path, $"expression object must have exactly one key, but it has {count}", expr);
            return StaticType.Any;
        }

        var op = JsonText.GetName(operation);
        var values = operation.Value;
        var valuesPath = JsonPaths.Property(path, op);
        if (op == Operators.Var)
        {
            CheckVar(expr, values, path);
            return StaticType.Any;
        }

        if (values.ValueKind != JsonValueKind.Array)
        {
            Report(path, "operation not of the form { \"<operator>\": [ <values...> ] }", expr);
            return StaticType.Any;
        }

        if (!IsKnown(op))
        {
            Report(path, $"unrecognised operator: \"{op}\"", expr);
            return StaticType.Any;
        }

        var n = values.GetArrayLength();
        var operands = new StaticType[n];
        var index = 0;
        foreach (var operand in values.EnumerateArray())
        {
            // plusTime's amount and unit, and extractFromUVCI's index, are literal parameters, not operands.
            var isParameter = (op == Operators.PlusTime && index >= 1) || (op == Operators.ExtractFromUvci && index == 1);
            operands[index] = isParameter ? StaticType.Any : Check(operand, JsonPaths.Index(valuesPath, index), depth + 2);
            index++;
        }

        return op switch
        {
            Operators.If => CheckIf(expr, path, valuesPath, operands),
            Operators.And => CheckAnd(expr, path, valuesPath, operands),
            Operators.Not => CheckNot(expr, path, valuesPath, operands),
            Operators.StrictEquals => CheckBinary(expr, op, path, n, StaticType.Boolean),
            Operators.In => CheckIn(expr, path, valuesPath, operands),
            Operators.Plus => CheckPlus(expr, path, valuesPath, operands),
            Operators.PlusTime => CheckPlusTime(expr, path, values, valuesPath, operands),
            Operators.Reduce => CheckReduce(expr, path, valuesPath, operands),
            Operators.ExtractFromUvci => CheckExtract(expr, path, values, valuesPath, operands),
            Operators.DccDateOfBirth => CheckDateOfBirth(expr, path, values, valuesPath, operands),
            _ => CheckComparison(expr, op, path, valuesPath, operands),
        };
    }

    private void CheckVar(JsonElement expr, JsonElement values, string path)
    {
        if (values.ValueKind != JsonValueKind.String)
        {
            Report(path, "not of the form { \"var\": \"<path>\" }", expr);
            return;
        }

        var dataPath = JsonText.GetString(values);
        // Each fragment is read on its own: a path counts as large as its fragments, against the expression's size.
        _nodes += dataPath.Count(c => c == '.');
        if (_nodes > limits.MaxExpressionNodes)
        {
            throw new CertLogicLimitExceededException("expression size", limits.MaxExpressionNodes);
        }
        if (dataPath.Length > 0 && dataPath.Split('.').Any(fragment => fragment.Length == 0))
        {
            Report(path, $"data access path doesn't have a valid format: {dataPath}", expr);
        }

        WarnOfLoneSurrogate(path, dataPath, expr);
    }
}
