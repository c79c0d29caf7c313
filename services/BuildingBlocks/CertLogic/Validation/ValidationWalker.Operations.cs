using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>The checks of each operation: operand counts (with the reference validator's messages) and operand types.</summary>
internal sealed partial class ValidationWalker
{
    private StaticType CheckIf(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 3)
        {
            Report(path, $"an \"if\"-operation must have exactly 3 values/operands, but it has {operands.Length}", expr);
        }

        if (operands.Length > 0)
        {
            RequireBoolsy(operands, 0, valuesPath, expr, "the guard of an \"if\"");
        }

        return operands.Length == 3 ? StaticTypes.Join(operands[1], operands[2]) : StaticType.Any;
    }

    private StaticType CheckAnd(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        if (operands.Length < 2)
        {
            Report(path, $"an \"and\" operation must have at least 2 operands, but it has {operands.Length}", expr);
        }

        for (var i = 0; i < operands.Length; i++)
        {
            RequireBoolsy(operands, i, valuesPath, expr, $"operand #{i + 1} of \"and\"");
        }

        return operands.Length == 0 ? StaticType.Any : operands.Aggregate(StaticTypes.Join);
    }

    private StaticType CheckNot(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 1)
        {
            Report(path, $"a !-operation (logical not/negation) must have exactly 1 operand, but it has {operands.Length}", expr);
        }
        else
        {
            RequireBoolsy(operands, 0, valuesPath, expr, "the operand of \"!\"");
        }

        return StaticType.Boolean;
    }

    private StaticType CheckBinary(JsonElement expr, string op, string path, int count, StaticType result)
    {
        if (count != 2)
        {
            Report(path, $"an operation with operator \"{op}\" must have 2 operands, but it has {count}", expr);
        }

        return result;
    }

    private StaticType CheckIn(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        CheckBinary(expr, Operators.In, path, operands.Length, StaticType.Boolean);
        if (operands.Length >= 2)
        {
            Require(operands, 1, StaticType.Array, valuesPath, expr, "the right-hand side of \"in\"", "an array");
        }

        return StaticType.Boolean;
    }

    private StaticType CheckPlus(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        CheckBinary(expr, Operators.Plus, path, operands.Length, StaticType.Integer);
        for (var i = 0; i < operands.Length; i++)
        {
            Require(operands, i, StaticType.Integer, valuesPath, expr, $"operand #{i + 1} of \"+\"", "an integer");
        }

        return StaticType.Integer;
    }

    private StaticType CheckComparison(JsonElement expr, string op, string path, string valuesPath, StaticType[] operands)
    {
        if (operands.Length is < 2 or > 3)
        {
            Report(path, $"an operation with operator \"{op}\" must have 2 or 3 operands, but it has {operands.Length}", expr);
        }

        var (wanted, description) = Operators.IsDateTimeComparison(op)
            ? (StaticType.DateTime, "a date-time")
            : (StaticType.Integer, "an integer");
        for (var i = 0; i < operands.Length; i++)
        {
            Require(operands, i, wanted, valuesPath, expr, $"operand #{i + 1} of \"{op}\"", description);
        }

        return StaticType.Boolean;
    }

    private StaticType CheckPlusTime(JsonElement expr, string path, JsonElement values, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 3)
        {
            Report(path, $"a \"plusTime\"-operation must have exactly 3 values/operands, but it has {operands.Length}", expr);
        }

        if (operands.Length > 0)
        {
            CheckDateString(values[0], operands, valuesPath, expr, "the date argument (#1) of \"plusTime\"", DateTimeText.TryParse);
        }

        if (operands.Length > 1 && !IsIntegerLiteral(values[1]))
        {
            Report(JsonPaths.Index(valuesPath, 1), $"\"amount\" argument (#2) of \"plusTime\" must be an integer, but it is: {JsonPaths.Render(values[1])}", values[1]);
        }

        if (operands.Length > 2 && !(values[2].ValueKind == JsonValueKind.String && TimeUnits.TryParse(JsonText.GetString(values[2]), out _)))
        {
            Report(JsonPaths.Index(valuesPath, 2), $"\"unit\" argument (#3) of \"plusTime\" must be a string equal to one of {TimeUnits.Listing}, but it is: {JsonPaths.Render(values[2])}", values[2]);
        }

        return StaticType.DateTime;
    }

    private StaticType CheckReduce(JsonElement expr, string path, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 3)
        {
            Report(path, $"a \"reduce\"-operation must have exactly 3 values/operands, but it has {operands.Length}", expr);
        }

        if (operands.Length > 0)
        {
            Require(operands, 0, StaticType.Array, valuesPath, expr, "the operand of \"reduce\"", "an array");
        }

        return StaticType.Any;
    }

    private StaticType CheckExtract(JsonElement expr, string path, JsonElement values, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 2)
        {
            Report(path, $"an \"extractFromUVCI\"-operation must have exactly 2 values/operands, but it has {operands.Length}", expr);
        }

        if (operands.Length > 0)
        {
            Require(operands, 0, StaticType.String, valuesPath, expr, "the UVCI argument (#1) of \"extractFromUVCI\"", "a string");
        }

        if (operands.Length > 1 && !IsIntegerLiteral(values[1]))
        {
            Report(JsonPaths.Index(valuesPath, 1), $"\"index\" argument (#2) of \"extractFromUVCI\" must be an integer, but it is: {JsonPaths.Render(values[1])}", values[1]);
        }

        return StaticType.Any;
    }

    private StaticType CheckDateOfBirth(JsonElement expr, string path, JsonElement values, string valuesPath, StaticType[] operands)
    {
        if (operands.Length != 1)
        {
            Report(path, $"a \"dccDateOfBirth\"-operation must have exactly 1 value/operand, but it has {operands.Length}", expr);
        }

        if (operands.Length > 0)
        {
            CheckDateString(values[0], operands, valuesPath, expr, "the operand of \"dccDateOfBirth\"", DateTimeText.TryParseDate);
        }

        return StaticType.DateTime;
    }
}
