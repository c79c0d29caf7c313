using CsCheck;

namespace TravelCorridor.CertLogic.Tests.Properties;

/// <summary>
/// Generators of CertLogic expressions and data contexts (as JSON text). Expressions are mostly
/// well-formed but loosely typed, so evaluations exercise both values and evaluation errors; a few are
/// invalid on purpose. Data uses the names and shapes the expressions read.
/// </summary>
internal static class ExpressionGenerators
{
    private static readonly string[] Strings =
        ["", "a", "x", "0", "2021-06-01", "2021-06-01T10:00:00Z", "2021-01-31T23:30:00.123456+01:00", "2004", "2004-02",
         "2021-02-30", "2021-13-01", "URN:UVCI:01:NL:187/37512422923", "a::c/#/f"];

    private static readonly string[] Paths =
        ["", "a", "b", "n", "m", "s", "d", "arr", "arr.0", "arr.1", "obj.k", "obj.arr.0", "missing.deep", "accumulator",
         "current", "current.n", "accumulator.0", "1"];

    private static readonly string[] Units = ["year", "month", "day", "hour"];

    private static readonly string[] Comparisons = ["<", ">", "<=", ">=", "after", "before", "not-after", "not-before"];

    /// <summary>
    /// Strings, as JSON literals, that trip text handling: lone surrogates (legal JSON escapes that
    /// System.Text.Json will not turn into a string), a surrogate pair, control and invisible characters,
    /// a trailing newline, and operator and date look-alikes.
    /// </summary>
    public static Gen<string> OddString { get; } = Gen.OneOf(
        """ "\ud800" """, """ "\udfff" """, """ "a\udc00b" """, """ "\ud800\ud800" """, """ "\udc00\ud800" """,
        """ "2021-06-01\ud800" """, """ "\ud83d\ude00" """, """ "\u0000" """, """ "\ufeff" """, """ "\u2028" """,
        """ "\u200b" """, """ "e\u0301" """, """ "VR-SG-0001\n" """, """ "2021-06-01\n" """, """ "var\n" """,
        """ "plusTime\u0000" """, """ "\uff10\uff11" """, """ "\\" """, """ "\"" """).Select(s => s.Trim());

    /// <summary>Numbers at and beyond the edges of doubles: overflow to infinity, underflow to zero, negative zero.</summary>
    public static Gen<string> OddNumber { get; } = Gen.OneOf("1e308", "-1e308", "1e400", "-1e400", "1e-400", "-0", "1.0", "9007199254740993");

    public static Gen<string> Leaf { get; } = Gen.Frequency(
        (3, Gen.Int[-3, 40].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (3, Gen.OneOf(Strings).Select(Quote)),
        (1, Gen.OneOf("true", "false")),
        (6, Gen.OneOf(Paths).Select(p => $$"""{"var":{{Quote(p)}}}""")),
        (1, Gen.OneOf("null", "1.5", """{"all":[1]}""", """{"var":"a."}""", "{}")),
        (1, OddString));

    public static Gen<string> Expression(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (4, Leaf),
            (2, Op("if", Expression(depth - 1), 3)),
            (2, Gen.Int[2, 4].SelectMany(n => Op("and", Expression(depth - 1), n))),
            (1, Op("!", Expression(depth - 1), 1)),
            (2, Op("===", Expression(depth - 1), 2)),
            (2, Gen.Select(Expression(depth - 1), Gen.Frequency((1, Expression(depth - 1)), (2, LiteralArray)), (a, b) => $$"""{"in":[{{a}},{{b}}]}""")),
            (1, Op("+", Expression(depth - 1), 2)),
            (3, Gen.Select(Gen.OneOf(Comparisons), Gen.Int[2, 3], (op, n) => (op, n))
                .SelectMany(t => Op(t.op, Gen.Frequency((2, Expression(depth - 1)), (3, PlusTime(depth - 1))), t.n))),
            (2, PlusTime(depth - 1)),
            (1, Expression(depth - 1).Select(e => $$"""{"dccDateOfBirth":[{{e}}]}""")),
            (1, Gen.Select(Expression(depth - 1), Gen.Int[-1, 5], (e, i) => $$"""{"extractFromUVCI":[{{e}},{{i}}]}""")),
            (2, Gen.Select(Expression(depth - 1), Expression(depth - 1), Expression(depth - 1),
                (list, lambda, initial) => $$"""{"reduce":[{{list}},{{lambda}},{{initial}}]}""")),
            (1, Expression(depth - 1).Array[0, 3].Select(items => $"[{string.Join(",", items)}]")));

    public static Gen<string> Data { get; } = Gen.Select(
        Value(2), Value(2), Gen.Int[-2, 30], Gen.OneOf(Strings), Value(2).Array[0, 4], Value(1),
        (a, b, n, s, arr, k) =>
            $$$"""{"a":{{{a}}},"b":{{{b}}},"n":{{{n}}},"m":{{{n + 1}}},"s":{{{Quote(s)}}},"d":{{{Quote(s)}}},"arr":[{{{string.Join(",", arr)}}}],"obj":{"k":{{{k}}},"arr":[{{{n}}}]}}""");

    /// <summary>Arbitrary JSON, with operator names and odd strings as likely keys: the raw material of fuzzing.</summary>
    public static Gen<string> AnyJson(int depth) => depth == 0
        ? Gen.Frequency(
            (3, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
            (1, OddNumber),
            (3, Gen.OneOf(Gen.OneOf(Strings), Gen.String).Select(Quote)),
            (2, OddString),
            (1, Gen.OneOf("true", "false", "null")))
        : Gen.Frequency(
            (2, AnyJson(0)),
            (2, AnyJson(depth - 1).Array[0, 4].Select(items => $"[{string.Join(",", items)}]")),
            (3, Gen.Select(Key, AnyJson(depth - 1), (key, value) => $$"""{{{key}}:{{value}}}""")),
            (1, Gen.Select(Gen.Frequency((3, Gen.String.Select(Quote)), (1, OddString)), AnyJson(depth - 1)).Array[0, 3]
                .Select(pairs => "{" + string.Join(",", pairs.Select(p => $"{p.Item1}:{p.Item2}")) + "}")));

    /// <summary>Object keys: mostly operator names, sometimes odd strings or anything at all (as JSON literals).</summary>
    private static Gen<string> Key { get; } = Gen.Frequency(
        (4, Gen.OneOf(Gen.OneOf(Comparisons), Gen.OneOf("var", "if", "and", "!", "===", "in", "+", "plusTime", "reduce", "extractFromUVCI", "dccDateOfBirth")).Select(Quote)),
        (1, OddString),
        (1, Gen.String.Select(Quote)));

    private static Gen<string> LiteralArray { get; } =
        Gen.OneOf(Gen.OneOf(Strings).Select(Quote), Gen.Int[-2, 3].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Array[0, 12].Select(items => $"[{string.Join(",", items)}]");

    private static Gen<string> PlusTime(int depth) => Gen.Select(
        depth == 0 ? Leaf : Gen.Frequency((3, Leaf), (1, Expression(depth - 1))), Gen.Int[-30, 30], Gen.OneOf(Units),
        (e, amount, unit) => $$"""{"plusTime":[{{e}},{{amount}},"{{unit}}"]}""");

    private static Gen<string> Op(string op, Gen<string> operand, int count) =>
        operand.Array[count].Select(items => $$"""{"{{op}}":[{{string.Join(",", items)}}]}""");

    private static Gen<string> Value(int depth) => depth == 0
        ? Gen.Frequency(
            (3, Gen.Int[-3, 3].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (3, Gen.OneOf(Strings).Select(Quote)),
            (1, Gen.OneOf("true", "false", "null", "2.5", "[]", "{}")),
            (1, Gen.OneOf(OddString, OddNumber)))
        : Gen.Frequency(
            (4, Value(0)),
            (1, Value(depth - 1).Array[0, 3].Select(items => $"[{string.Join(",", items)}]")),
            (1, Gen.Select(Value(depth - 1), Value(depth - 1), (x, y) => $$"""{"n":{{x}},"k":{{y}}}""")));

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
