namespace TravelCorridor.CertLogic;

public readonly partial struct CertLogicValue
{
    /// <summary>
    /// Whether CertLogic deems this value truthy: <c>true</c>, a non-empty string, a non-zero integer,
    /// a non-empty array or a non-empty object.
    /// </summary>
    public bool IsTruthy => Kind switch
    {
        CertLogicValueKind.Boolean => _number != 0,
        CertLogicValueKind.String => ((string)_reference!).Length > 0,
        CertLogicValueKind.Number => _number != 0 && double.IsInteger(_number),
        CertLogicValueKind.Array or CertLogicValueKind.Object => Count > 0,
        _ => false,
    };

    /// <summary>
    /// Whether CertLogic deems this value falsy: <c>false</c>, <c>null</c>, <c>""</c>, <c>0</c>, <c>[]</c> or <c>{}</c>.
    /// </summary>
    /// <remarks>
    /// Date-times and non-integral numbers are neither truthy nor falsy (the specification names
    /// integers only), so guards on them are evaluation errors.
    /// </remarks>
    public bool IsFalsy => Kind switch
    {
        CertLogicValueKind.Null => true,
        CertLogicValueKind.Boolean => _number == 0,
        CertLogicValueKind.String => ((string)_reference!).Length == 0,
        CertLogicValueKind.Number => _number == 0,
        CertLogicValueKind.Array or CertLogicValueKind.Object => Count == 0,
        _ => false,
    };

    /// <summary>
    /// CertLogic's <c>===</c>: scalars (null, booleans, numbers, strings) by value; arrays and objects
    /// only when they are the very same value (as JavaScript compares references); date-times never,
    /// because every <c>plusTime</c> creates a new date object in the reference implementation.
    /// </summary>
    public static bool StrictEquals(in CertLogicValue left, in CertLogicValue right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            CertLogicValueKind.Null => true,
            CertLogicValueKind.Boolean or CertLogicValueKind.Number => left._number == right._number,
            // (A string's number slot caches its parsed date; only the text matters for equality.)
            CertLogicValueKind.String => string.Equals((string)left._reference!, (string)right._reference!, StringComparison.Ordinal),
            CertLogicValueKind.Array or CertLogicValueKind.Object => ReferenceEquals(left._reference, right._reference),
            _ => false,
        };
    }

    /// <summary>
    /// Structural equality (arrays item by item, objects key by key regardless of order, date-times by
    /// instant). Not a CertLogic operation: it is what tests and tools use to compare results.
    /// </summary>
    public static bool DeepEquals(in CertLogicValue left, in CertLogicValue right) => DeepEquals(left, right, 0);

    private static bool DeepEquals(in CertLogicValue left, in CertLogicValue right, int depth)
    {
        if (depth > CertLogicLimits.AbsoluteMaxDepth)
        {
            throw new CertLogicLimitExceededException("value depth", CertLogicLimits.AbsoluteMaxDepth);
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        switch (left.Kind)
        {
            case CertLogicValueKind.DateTime:
                return left._number == right._number;
            case CertLogicValueKind.Array:
                var a = left.Items;
                var b = right.Items;
                if (a.Length != b.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Length; i++)
                {
                    if (!DeepEquals(a[i], b[i], depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case CertLogicValueKind.Object:
                var l = left.ObjectOrNull!;
                var r = right.ObjectOrNull!;
                if (l.Count != r.Count)
                {
                    return false;
                }

                for (var i = 0; i < l.Count; i++)
                {
                    if (!r.TryGet(l.KeyAt(i), out var other) || !DeepEquals(l.ValueAt(i), other, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return StrictEquals(left, right);
        }
    }
}
