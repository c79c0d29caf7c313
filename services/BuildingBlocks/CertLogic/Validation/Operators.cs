namespace TravelCorridor.CertLogic;

/// <summary>The operation names of CertLogic 1.3 and how many operands each takes.</summary>
internal static class Operators
{
    public const string Var = "var";
    public const string If = "if";
    public const string StrictEquals = "===";
    public const string And = "and";
    public const string Not = "!";
    public const string Greater = ">";
    public const string Less = "<";
    public const string GreaterOrEqual = ">=";
    public const string LessOrEqual = "<=";
    public const string After = "after";
    public const string Before = "before";
    public const string NotAfter = "not-after";
    public const string NotBefore = "not-before";
    public const string In = "in";
    public const string Plus = "+";
    public const string PlusTime = "plusTime";
    public const string Reduce = "reduce";
    public const string ExtractFromUvci = "extractFromUVCI";
    public const string DccDateOfBirth = "dccDateOfBirth";

    public static bool IsIntegerComparison(string op) => op is Greater or Less or GreaterOrEqual or LessOrEqual;

    public static bool IsDateTimeComparison(string op) => op is After or Before or NotAfter or NotBefore;

    /// <summary>The integer comparison a date-time comparison corresponds to (after is &gt;, and so on).</summary>
    public static string IntegerEquivalent(string op) => op switch
    {
        After => Greater,
        Before => Less,
        NotAfter => LessOrEqual,
        NotBefore => GreaterOrEqual,
        _ => op,
    };
}
