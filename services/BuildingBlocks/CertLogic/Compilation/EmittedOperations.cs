using System.Reflection;

namespace TravelCorridor.CertLogic;

/// <summary>
/// What the emitted code (see <see cref="IlCompiler"/>) calls: thin forms of <see cref="Semantics"/> with
/// the path as a plain string constant, and typed shortcuts (numbers as doubles, booleans as bools) so a
/// result that is used by the next operation is never wrapped in a <see cref="CertLogicValue"/>. Small
/// enough for the JIT to inline into the emitted method.
/// </summary>
internal static class EmittedOperations
{
    public static MethodInfo Method(string name) =>
        typeof(EmittedOperations).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"no emitted operation {name}");

    public static CertLogicValue Value(CertLogicValueKind kind, double number, object? reference) =>
        CertLogicValue.FromParts(kind, number, reference);

    public static CertLogicValue Boolean(bool value) => CertLogicValue.FromBoolean(value);

    public static CertLogicValue Number(double value) => CertLogicValue.FromNumberUnchecked(value);

    public static bool Boolsy(in CertLogicValue value, string role, string path) => Semantics.Boolsy(value, role, path);

    public static bool EqualsString(in CertLogicValue value, string text) =>
        value.StringOrNull is { } s && string.Equals(s, text, StringComparison.Ordinal);

    public static bool EqualsNumber(in CertLogicValue value, double number) =>
        value.Kind == CertLogicValueKind.Number && value.RawNumber == number;

    public static bool StrictEquals(in CertLogicValue left, in CertLogicValue right) => CertLogicValue.StrictEquals(left, right);

    public static double Plus(in CertLogicValue a, in CertLogicValue b, string path) =>
        a.IsInteger && b.IsInteger ? a.RawNumber + b.RawNumber : throw Semantics.PlusNeedsIntegers(path);

    public static double PlusNumber(in CertLogicValue a, double b, string path) =>
        a.IsInteger && double.IsInteger(b) ? a.RawNumber + b : throw Semantics.PlusNeedsIntegers(path);

    public static double PlusInteger(in CertLogicValue a, double integer, string path) =>
        a.IsInteger ? a.RawNumber + integer : throw Semantics.PlusNeedsIntegers(path);

    public static double PlusNumberInteger(double a, double integer, string path) =>
        double.IsInteger(a) ? a + integer : throw Semantics.PlusNeedsIntegers(path);

    public static double PlusNumbers(double a, double b, string path) =>
        double.IsInteger(a) && double.IsInteger(b) ? a + b : throw Semantics.PlusNeedsIntegers(path);

    public static bool In(in CertLogicValue item, in CertLogicValue collection, string path) => Semantics.In(item, collection, path);

    public static bool InSet(in CertLogicValue item, HashSet<string> set) => item.StringOrNull is { } text && set.Contains(text);

    public static bool CompareIntegers(in CertLogicValue a, in CertLogicValue b, string op, string path) =>
        Semantics.CompareIntegers(op, a, b, path);

    public static bool CompareDateTimes(in CertLogicValue a, in CertLogicValue b, string op, string path) =>
        Semantics.CompareDateTimes(op, a, b, path);

    public static CertLogicValue PlusTime(in CertLogicValue date, double amount, TimeUnit unit, string path) =>
        Semantics.PlusTime(date, amount, unit, path);

    public static CertLogicValue DateOfBirth(in CertLogicValue dob, string path) => Semantics.DateOfBirth(dob, path);

    public static CertLogicValue ExtractFromUvci(in CertLogicValue uvci, double index, string path) =>
        Semantics.ExtractFromUvci(uvci, index, path);

    public static CertLogicValue Array(CertLogicValue[] items) => CertLogicValue.FromArrayUnsafe(items);

    /// <summary>A lambda's whole data context, <c>{ accumulator, current }</c>, built only when asked for.</summary>
    public static CertLogicValue LambdaContext(in CertLogicValue accumulator, in CertLogicValue current) =>
        CertLogicValue.FromObjectUnsafe(new CertLogicObject(["accumulator", "current"], [accumulator, current]));

    public static CertLogicValue[] ReduceItems(in CertLogicValue operand, string path) =>
        operand.ArrayOrNull ?? throw Semantics.NotAnArrayForReduce(path);

    public static void TooManyReduceSteps(CertLogicLimits limits) => throw Semantics.TooManyReduceSteps(limits);
}
