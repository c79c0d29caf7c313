namespace TravelCorridor.CertLogic;

/// <summary>
/// What the validator can tell about an operand's value before any data is seen. <see cref="Any"/> means
/// "depends on the data", so only operands whose type is certain can be rejected up front.
/// </summary>
internal enum StaticType
{
    Any,
    Boolean,
    Integer,
    String,
    Array,
    DateTime,
}

internal static class StaticTypes
{
    public static string Describe(StaticType type) => type switch
    {
        StaticType.Boolean => "a boolean",
        StaticType.Integer => "an integer",
        StaticType.String => "a string",
        StaticType.Array => "an array",
        StaticType.DateTime => "a date-time",
        _ => "a value",
    };

    public static StaticType Join(StaticType a, StaticType b) => a == b ? a : StaticType.Any;
}
