using System.Text.Json;

namespace TravelCorridor.CertLogic;

internal sealed partial class NodeCompiler
{
    // Above this many literal strings, membership uses a hash set instead of a scan.

    private Compiled CompileComparison(string op, JsonElement operands, string at, string path, bool inLambda)
    {
        var nodes = Operands(operands, at, inLambda);
        var dates = Operators.IsDateTimeComparison(op);
        var first = nodes[0];
        var second = nodes[1];
        if (nodes.Length == 2)
        {
            return dates
                ? FromPredicate((ref EvaluationFrame frame) =>
                {
                    var a = first(ref frame);
                    return Semantics.CompareDateTimes(op, a, second(ref frame), path);
                })
                : FromPredicate((ref EvaluationFrame frame) =>
                {
                    var a = first(ref frame);
                    return Semantics.CompareIntegers(op, a, second(ref frame), path);
                });
        }

        // Ternary form: (a op b) and (b op c), with all three evaluated and type-checked first.
        var third = nodes[2];
        return dates
            ? FromPredicate((ref EvaluationFrame frame) =>
            {
                var (a, b, c) = (first(ref frame), second(ref frame), third(ref frame));
                var ab = Semantics.CompareDateTimes(op, a, b, path);
                return Semantics.CompareDateTimes(op, b, c, path) && ab;
            })
            : FromPredicate((ref EvaluationFrame frame) =>
            {
                var (a, b, c) = (first(ref frame), second(ref frame), third(ref frame));
                var ab = Semantics.CompareIntegers(op, a, b, path);
                return Semantics.CompareIntegers(op, b, c, path) && ab;
            });
    }

    private Compiled CompileIn(JsonElement operands, string at, string path, bool inLambda)
    {
        var item = Operand(operands, 0, at, inLambda).Node;
        var collection = Operand(operands, 1, at, inLambda);
        if (collection.Constant is { } literal && literal.Items.Length > StringMembership.Threshold
            && literal.ArrayOrNull!.All(candidate => candidate.Kind == CertLogicValueKind.String))
        {
            var set = literal.ArrayOrNull!.Select(candidate => candidate.AsString()).ToHashSet(StringComparer.Ordinal);
            return FromPredicate((ref EvaluationFrame frame) => item(ref frame).StringOrNull is { } text && set.Contains(text));
        }

        var collectionNode = collection.Node;
        return FromPredicate((ref EvaluationFrame frame) =>
        {
            var value = item(ref frame);
            return Semantics.In(value, collectionNode(ref frame), path);
        });
    }
}
