using System.Text.Json;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Turns a validated expression into delegates. Literal values are built once and captured; operands are
/// resolved to delegates once; each node captures its JSON path for error messages. Nodes inside a
/// <c>reduce</c> lambda read <c>accumulator</c>/<c>current</c> from the frame (see <see cref="EvaluationFrame"/>).
/// </summary>
internal sealed partial class NodeCompiler(CertLogicLimits limits)
{
    /// <summary>
    /// A compiled node, its value when it is a literal known at compile time, and, for operations that
    /// always yield a boolean, a predicate form that guards and connectives use without building a value.
    /// </summary>
    internal readonly record struct Compiled(CompiledNode Node, CertLogicValue? Constant = null, CompiledPredicate? Predicate = null);

    private static Compiled FromPredicate(CompiledPredicate predicate) =>
        new((ref EvaluationFrame frame) => CertLogicValue.FromBoolean(predicate(ref frame)), Predicate: predicate);

    /// <summary>The operand as a truth value: its predicate, or its value checked to be truthy or falsy.</summary>
    private static CompiledPredicate Truth(Compiled operand, string role, string path)
    {
        if (operand.Predicate is { } predicate)
        {
            return predicate;
        }

        var node = operand.Node;
        return (ref EvaluationFrame frame) => Semantics.Boolsy(node(ref frame), role, path);
    }

    public Compiled Compile(JsonElement expr, string path, bool inLambda)
    {
        switch (expr.ValueKind)
        {
            case JsonValueKind.String:
                return Constant(CertLogicValue.FromString(JsonText.GetString(expr)));
            case JsonValueKind.Number:
                return Constant(CertLogicValue.FromNumber(CertLogicValue.ReadNumber(expr)));
            case JsonValueKind.True:
                return Constant(CertLogicValue.True);
            case JsonValueKind.False:
                return Constant(CertLogicValue.False);
            case JsonValueKind.Array:
                return CompileArray(expr, path, inLambda);
            default:
                var operation = expr.EnumerateObject().First();
                var operands = operation.Value;
                var op = JsonText.GetName(operation);
                var at = JsonPaths.Property(path, op);
                return op switch
                {
                    Operators.Var => new(CompileVar(JsonText.GetString(operands), inLambda)),
                    Operators.If => CompileIf(operands, at, path, inLambda),
                    Operators.And => CompileAnd(operands, at, path, inLambda),
                    Operators.Not => CompileNot(operands, at, path, inLambda),
                    Operators.StrictEquals => CompileStrictEquals(operands, at, inLambda),
                    Operators.Plus => CompilePlus(operands, at, path, inLambda),
                    Operators.In => CompileIn(operands, at, path, inLambda),
                    Operators.PlusTime => CompilePlusTime(operands, at, path, inLambda),
                    Operators.DccDateOfBirth => CompileDateOfBirth(operands, at, path, inLambda),
                    Operators.ExtractFromUvci => CompileExtract(operands, at, path, inLambda),
                    Operators.Reduce => CompileReduce(operands, at, path, inLambda),
                    _ => CompileComparison(op, operands, at, path, inLambda),
                };
        }
    }

    private static Compiled Constant(CertLogicValue value) => new((ref EvaluationFrame _) => value, value);

    private Compiled Operand(JsonElement operands, int index, string at, bool inLambda) =>
        Compile(operands[index], JsonPaths.Index(at, index), inLambda);

    private CompiledNode[] Operands(JsonElement operands, string at, bool inLambda) =>
        Enumerable.Range(0, operands.GetArrayLength()).Select(i => Operand(operands, i, at, inLambda).Node).ToArray();

    private Compiled CompileArray(JsonElement expr, string path, bool inLambda)
    {
        var items = Enumerable.Range(0, expr.GetArrayLength()).Select(i => Operand(expr, i, path, inLambda)).ToArray();
        if (items.All(item => item.Constant is { Kind: not (CertLogicValueKind.Array or CertLogicValueKind.Object) }))
        {
            // Scalars only: identity cannot be observed, so one shared array is indistinguishable from a new one per evaluation.
            var values = new CertLogicValue[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                values[i] = items[i].Constant!.Value;
            }

            // A fresh array per literal (never Array.Empty), so two literals are never the same value for ===.
            return Constant(CertLogicValue.FromArrayUnsafe(values));
        }

        var nodes = items.Select(item => item.Node).ToArray();
        return new((ref EvaluationFrame frame) =>
        {
            var values = new CertLogicValue[nodes.Length];
            for (var i = 0; i < nodes.Length; i++)
            {
                values[i] = nodes[i](ref frame);
            }

            return CertLogicValue.FromArrayUnsafe(values);
        });
    }

    private static CompiledNode CompileVar(string text, bool inLambda)
    {
        var path = DataPath.Parse(text);
        if (!inLambda)
        {
            return (ref EvaluationFrame frame) => path.Access(frame.Data);
        }

        if (path.Length == 0)
        {
            // The whole lambda context was asked for: only now does it have to exist as an object.
            return (ref EvaluationFrame frame) => CertLogicValue.FromObjectUnsafe(
                new CertLogicObject(["accumulator", "current"], [frame.Accumulator, frame.Current]));
        }

        var rest = path.Rest();
        if (rest.Length == 0)
        {
            // The bare slot, the most common read in a lambda (e.g. {"var": "accumulator"}).
            return path.First switch
            {
                "accumulator" => (ref EvaluationFrame frame) => frame.Accumulator,
                "current" => (ref EvaluationFrame frame) => frame.Current,
                _ => (ref EvaluationFrame _) => CertLogicValue.Null,
            };
        }

        return path.First switch
        {
            "accumulator" => (ref EvaluationFrame frame) => rest.Access(frame.Accumulator),
            "current" => (ref EvaluationFrame frame) => rest.Access(frame.Current),
            _ => (ref EvaluationFrame _) => CertLogicValue.Null,
        };
    }

    private Compiled CompileIf(JsonElement operands, string at, string path, bool inLambda)
    {
        var guard = Truth(Operand(operands, 0, at, inLambda), "if-guard", path);
        var (then, otherwise) = (Operand(operands, 1, at, inLambda), Operand(operands, 2, at, inLambda));
        if (then.Predicate is { } thenPredicate && otherwise.Predicate is { } otherwisePredicate)
        {
            return FromPredicate((ref EvaluationFrame frame) => guard(ref frame) ? thenPredicate(ref frame) : otherwisePredicate(ref frame));
        }

        var (thenNode, otherwiseNode) = (then.Node, otherwise.Node);
        return new((ref EvaluationFrame frame) => guard(ref frame) ? thenNode(ref frame) : otherwiseNode(ref frame));
    }

    private Compiled CompileAnd(JsonElement operands, string at, string path, bool inLambda)
    {
        var compiled = Enumerable.Range(0, operands.GetArrayLength()).Select(i => Operand(operands, i, at, inLambda)).ToArray();
        if (compiled.All(operand => operand.Predicate is not null))
        {
            // All operands are booleans: "the first falsy operand, or the last" is plain conjunction.
            var predicates = compiled.Select(operand => operand.Predicate!).ToArray();
            return FromPredicate((ref EvaluationFrame frame) =>
            {
                foreach (var predicate in predicates)
                {
                    if (!predicate(ref frame))
                    {
                        return false;
                    }
                }

                return true;
            });
        }

        var nodes = compiled.Select(operand => operand.Node).ToArray();
        var roles = nodes.Select((_, i) => $"operand #{i + 1} of \"and\"").ToArray();
        return new((ref EvaluationFrame frame) =>
        {
            var result = CertLogicValue.True;
            for (var i = 0; i < nodes.Length; i++)
            {
                result = nodes[i](ref frame);
                if (!Semantics.Boolsy(result, roles[i], path))
                {
                    return result;
                }
            }

            return result;
        });
    }

    private Compiled CompileNot(JsonElement operands, string at, string path, bool inLambda)
    {
        var operand = Truth(Operand(operands, 0, at, inLambda), "operand of \"!\"", path);
        return FromPredicate((ref EvaluationFrame frame) => !operand(ref frame));
    }

    private Compiled CompileStrictEquals(JsonElement operands, string at, bool inLambda)
    {
        var (left, right) = (Operand(operands, 0, at, inLambda), Operand(operands, 1, at, inLambda));
        if (right.Constant is { Kind: CertLogicValueKind.String } constant)
        {
            // Comparing with a literal string, the common case in rules: no general dispatch needed.
            var (node, text) = (left.Node, constant.AsString());
            return FromPredicate((ref EvaluationFrame frame) => node(ref frame).StringOrNull is { } s && string.Equals(s, text, StringComparison.Ordinal));
        }

        if (right.Constant is { Kind: CertLogicValueKind.Number } number)
        {
            var (node, n) = (left.Node, number.AsNumber());
            return FromPredicate((ref EvaluationFrame frame) =>
            {
                var value = node(ref frame);
                return value.Kind == CertLogicValueKind.Number && value.RawNumber == n;
            });
        }

        var (leftNode, rightNode) = (left.Node, right.Node);
        return FromPredicate((ref EvaluationFrame frame) =>
        {
            var a = leftNode(ref frame);
            return CertLogicValue.StrictEquals(a, rightNode(ref frame));
        });
    }

    private Compiled CompilePlus(JsonElement operands, string at, string path, bool inLambda)
    {
        var (left, right) = (Operand(operands, 0, at, inLambda).Node, Operand(operands, 1, at, inLambda).Node);
        return new((ref EvaluationFrame frame) =>
        {
            var a = left(ref frame);
            return Semantics.Plus(a, right(ref frame), path);
        });
    }
}
