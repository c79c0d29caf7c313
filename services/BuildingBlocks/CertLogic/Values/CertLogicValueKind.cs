namespace TravelCorridor.CertLogic;

/// <summary>The kind of a <see cref="CertLogicValue"/>: the JSON kinds plus CertLogic's date-time.</summary>
public enum CertLogicValueKind : byte
{
    /// <summary>JSON <c>null</c> (also what a missing value reads as).</summary>
    Null,
    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A JSON number. CertLogic only operates on integral numbers; others are carried as data.</summary>
    Number,
    /// <summary>A JSON string.</summary>
    String,
    /// <summary>A JSON array.</summary>
    Array,
    /// <summary>A JSON object.</summary>
    Object,
    /// <summary>A date-time produced by <c>plusTime</c> or <c>dccDateOfBirth</c>; never literal, never data.</summary>
    DateTime,
}
