namespace TravelCorridor.CertLogic;

/// <summary>
/// The meaning of each operation on already evaluated operands, shared by the interpreter and the
/// compiler so that both apply one definition; how operands are evaluated (and when) is theirs.
/// </summary>
internal static class Semantics
{
    /// <summary>Truthy → true, falsy → false, anything else is an error.</summary>
    public static bool Boolsy(in CertLogicValue value, string role, PathRef path)
    {
        if (value.IsTruthy)
        {
            return true;
        }

        if (value.IsFalsy)
        {
            return false;
        }

        throw new CertLogicEvaluationException($"{role} evaluates to something neither truthy, nor falsy: {Describe(value)}", path.Render());
    }

    public static bool CompareIntegers(string op, in CertLogicValue a, in CertLogicValue b, PathRef path)
    {
        if (!a.IsInteger || !b.IsInteger)
        {
            throw new CertLogicEvaluationException($"all operands of a comparison operation must be of integer type (\"{op}\")", path.Render());
        }

        return Compare(op, a.RawNumber, b.RawNumber);
    }

    public static bool CompareDateTimes(string op, in CertLogicValue a, in CertLogicValue b, PathRef path)
    {
        if (a.Kind != CertLogicValueKind.DateTime || b.Kind != CertLogicValueKind.DateTime)
        {
            throw new CertLogicEvaluationException($"all operands of a date-time comparison must be date-times (\"{op}\")", path.Render());
        }

        return Compare(Operators.IntegerEquivalent(op), a.EpochMilliseconds, b.EpochMilliseconds);
    }

    public static bool Compare(string op, double a, double b) => op switch
    {
        Operators.Less => a < b,
        Operators.Greater => a > b,
        Operators.LessOrEqual => a <= b,
        _ => a >= b,
    };

    public static bool In(in CertLogicValue item, in CertLogicValue collection, PathRef path)
    {
        var items = collection.ArrayOrNull
            ?? throw new CertLogicEvaluationException("right-hand side of an \"in\" operation must be an array", path.Render());
        if (items.Length > StringMembership.Threshold && item.Kind == CertLogicValueKind.String && StringMembership.For(items) is { } set)
        {
            return set.Contains(item.AsString());
        }
        foreach (var candidate in items)
        {
            if (CertLogicValue.StrictEquals(item, candidate))
            {
                return true;
            }
        }

        return false;
    }

    public static CertLogicValue Plus(in CertLogicValue a, in CertLogicValue b, PathRef path) =>
        a.IsInteger && b.IsInteger
            ? CertLogicValue.FromNumber(a.RawNumber + b.RawNumber)
            : throw PlusNeedsIntegers(path);

    public static CertLogicEvaluationException PlusNeedsIntegers(PathRef path) =>
        new("operands of this operation must both be integers (\"+\")", path.Render());

    public static CertLogicValue PlusTime(in CertLogicValue date, double amount, TimeUnit unit, PathRef path)
    {
        if (date.TryGetParsedDate(out var parsed))
        {
            return DateTimeArithmetic.TryAdd(parsed, amount, unit, out var offset)
                ? CertLogicValue.FromEpochMilliseconds(offset)
                : throw new CertLogicEvaluationException($"\"plusTime\" of {date.StringOrNull} leaves the range of date-times", path.Render());
        }

        var text = date.StringOrNull
            ?? throw new CertLogicEvaluationException($"date argument (#1) of \"plusTime\" must be a string, but it is {Describe(date)}", path.Render());
        var start = DateTimeText.TryParse(text, out var milliseconds);
        if (start != DateTimeText.Outcome.Ok)
        {
            throw new CertLogicEvaluationException(start == DateTimeText.Outcome.NotAllowedFormat
                ? $"not an allowed date or date-time format: {text}"
                : $"not a valid date or date-time: {text}", path.Render());
        }

        return DateTimeArithmetic.TryAdd(milliseconds, amount, unit, out var result)
            ? CertLogicValue.FromEpochMilliseconds(result)
            : throw new CertLogicEvaluationException($"\"plusTime\" of {text} leaves the range of date-times", path.Render());
    }

    public static CertLogicValue DateOfBirth(in CertLogicValue dob, PathRef path)
    {
        var text = dob.StringOrNull
            ?? throw new CertLogicEvaluationException($"operand of \"dccDateOfBirth\" must be a string, but it is {Describe(dob)}", path.Render());
        if (text.Length <= 10 && dob.TryGetParsedDate(out var parsed))
        {
            // Up to 10 characters (YYYY, YYYY-MM, YYYY-MM-DD) plusTime and dccDateOfBirth read dates alike.
            return CertLogicValue.FromEpochMilliseconds(parsed);
        }

        return DateTimeText.TryParseDate(text, out var milliseconds) == DateTimeText.Outcome.Ok
            ? CertLogicValue.FromEpochMilliseconds(milliseconds)
            : throw new CertLogicEvaluationException($"can't parse \"{text}\" as an EU DCC date-of-birth", path.Render());
    }

    public static CertLogicValue ExtractFromUvci(in CertLogicValue uvci, double index, PathRef path)
    {
        if (uvci.IsNull)
        {
            return CertLogicValue.Null;
        }

        var text = uvci.StringOrNull
            ?? throw new CertLogicEvaluationException("\"UVCI\" argument (#1) of \"extractFromUVCI\" must be either a string or null", path.Render());
        var fragment = Uvci.Fragment(text, index);
        return fragment is null ? CertLogicValue.Null : CertLogicValue.FromString(fragment);
    }

    public static CertLogicEvaluationException NotAnArrayForReduce(PathRef path) =>
        new("operand of reduce evaluated to a non-null non-array", path.Render());

    public static CertLogicLimitExceededException TooManyReduceSteps(CertLogicLimits limits) =>
        new("reduce steps per evaluation", limits.MaxReduceSteps);

    /// <summary>A short rendering for messages; never the whole of a large value.</summary>
    public static string Describe(in CertLogicValue value) => value.Kind switch
    {
        CertLogicValueKind.String => "a string",
        CertLogicValueKind.Number => value.ToDisplayString(),
        CertLogicValueKind.DateTime => $"the date-time {value.ToJsonString()}",
        _ => value.ToString(),
    };
}
