using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using static TravelCorridor.CertLogic.EmittedOperations;

namespace TravelCorridor.CertLogic;

/// <summary>
/// Compiles a validated expression into one method (System.Linq.Expressions, emitted as IL and JIT-compiled
/// like any other code). Unlike the delegate tree of <see cref="NodeCompiler"/> there is no call per node:
/// a <c>reduce</c> becomes a plain loop whose <c>accumulator</c> and <c>current</c> are locals, booleans and
/// numbers flow between operations unwrapped, and <c>var</c> paths are chains of <see cref="PathStep"/> reads.
/// The meaning of every operation is still <see cref="Semantics"/>'s (via <see cref="EmittedOperations"/>),
/// operands are evaluated in the same order, and errors carry the same paths.
/// </summary>
internal sealed partial class IlCompiler
{
    // Beyond this many JSON nodes a single method gets slow to JIT (and, at the extreme, hits JIT limits);
    // such rules are rare and keep the delegate tree.
    private const int MaxNodes = 2_000;

    private readonly ParameterExpression _data = Expression.Parameter(typeof(CertLogicValue).MakeByRefType(), "data");
    private readonly ParameterExpression _reduceStepsLeft = Expression.Variable(typeof(int), "reduceStepsLeft");
    private readonly CertLogicLimits _limits;

    // Objects the code uses (path steps, literal arrays, limits), each read once into a local on entry:
    // a captured constant is otherwise re-read from the closure, with a cast, on every use in a loop.
    private readonly Dictionary<object, ParameterExpression> _objects = new(ReferenceEqualityComparer.Instance);

    // The path steps of each var fragment, by the var's location and the fragment's index.
    private readonly Dictionary<(string Path, int Fragment), PathStep> _steps = [];

    // While compiling the fast form of a reduce lambda: where its reads go; null otherwise.
    private FastReads? _fast;

    // How many reduces have been compiled so far (tells whether a lambda contains one).
    private int _reduces;

    // The innermost reduce lambda's slots; null outside any lambda.
    private LambdaSlots? _lambda;

    private IlCompiler(CertLogicLimits limits) => _limits = limits;

    /// <summary>
    /// The compiled method, or null where emitting code is not worthwhile or possible (no dynamic code, as
    /// under Native AOT, where expressions would only be interpreted; very large expressions).
    /// </summary>
    public static EmittedRule? TryCompile(JsonElement expression, CertLogicLimits limits)
    {
        var budget = MaxNodes;
        if (!RuntimeFeature.IsDynamicCodeCompiled || !FitsBudget(expression, ref budget))
        {
            return null;
        }

        var compiler = new IlCompiler(limits);
        var body = compiler.AsValue(compiler.Compile(expression, JsonPaths.Root));
        var locals = compiler._objects.Values.Append(compiler._reduceStepsLeft);
        var prologue = compiler._objects
            .Select(entry => (Expression)Expression.Assign(entry.Value, Expression.Constant(entry.Key, entry.Value.Type)))
            .Append(Expression.Assign(compiler._reduceStepsLeft, Expression.Constant(limits.MaxReduceSteps)));
        var method = Expression.Lambda<EmittedRule>(
            Expression.Block(locals, prologue.Append(body)),
            "CertLogicRule",
            [compiler._data]);
        return method.Compile();
    }

    private static bool FitsBudget(JsonElement expr, ref int budget)
    {
        if (--budget < 0)
        {
            return false;
        }

        switch (expr.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in expr.EnumerateArray())
                {
                    if (!FitsBudget(item, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                foreach (var property in expr.EnumerateObject())
                {
                    if (!FitsBudget(property.Value, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.String:
                // A var path is read one fragment after another, each a step of code: a path of thousands of
                // fragments is as large as thousands of nodes (and once made the emitted method invalid).
                budget -= JsonText.GetString(expr).Count(c => c == '.');
                return budget >= 0;
            default:
                return true;
        }
    }

    private Typed Compile(JsonElement expr, string path)
    {
        switch (expr.ValueKind)
        {
            case JsonValueKind.String:
                return Literal(CertLogicValue.FromString(JsonText.GetString(expr)));
            case JsonValueKind.Number:
                return Literal(CertLogicValue.FromNumber(CertLogicValue.ReadNumber(expr)));
            case JsonValueKind.True:
                return Literal(CertLogicValue.True);
            case JsonValueKind.False:
                return Literal(CertLogicValue.False);
            case JsonValueKind.Array:
                return CompileArray(expr, path);
            default:
                var operation = expr.EnumerateObject().First();
                var operands = operation.Value;
                var op = JsonText.GetName(operation);
                var at = JsonPaths.Property(path, op);
                return op switch
                {
                    Operators.Var => CompileVar(JsonText.GetString(operands), path),
                    Operators.If => CompileIf(operands, at, path),
                    Operators.And => CompileAnd(operands, at, path),
                    Operators.Not => new(Expression.Not(Truth(Operand(operands, 0, at), "operand of \"!\"", path))),
                    Operators.StrictEquals => CompileStrictEquals(operands, at),
                    Operators.Plus => CompilePlus(operands, at, path),
                    Operators.In => CompileIn(operands, at, path),
                    Operators.PlusTime => CompilePlusTime(operands, at, path),
                    Operators.DccDateOfBirth => Call(nameof(DateOfBirth), AsValue(Operand(operands, 0, at)), Expression.Constant(path)),
                    Operators.ExtractFromUvci => Call(nameof(ExtractFromUvci), AsValue(Operand(operands, 0, at)),
                        Expression.Constant(CertLogicValue.ReadNumber(operands[1])), Expression.Constant(path)),
                    Operators.Reduce => CompileReduce(operands, at, path),
                    _ => CompileComparison(op, operands, at, path),
                };
        }
    }

    private Typed Operand(JsonElement operands, int index, string at) => Compile(operands[index], JsonPaths.Index(at, index));

    private static Typed Call(string operation, params Expression[] arguments) => new(Expression.Call(Method(operation), arguments));

    /// <summary>
    /// A literal: booleans and numbers as themselves; other values rebuilt from their parts, which is cheaper
    /// than unboxing a captured struct and keeps a literal string a <c>ldstr</c>.
    /// </summary>
    private Typed Literal(CertLogicValue value) => value.Kind switch
    {
        CertLogicValueKind.Boolean => new(Expression.Constant(value.AsBoolean()), value),
        CertLogicValueKind.Number => new(Expression.Constant(value.RawNumber), value),
        _ => new(ValueOf(value), value),
    };

    private Expression ValueOf(CertLogicValue value) =>
        value.Kind == CertLogicValueKind.Null
            ? Expression.Default(typeof(CertLogicValue))
            : Expression.Call(Method(nameof(Value)), Expression.Constant(value.Kind), Expression.Constant(value.RawNumber),
                value.Reference switch
                {
                    null => Expression.Constant(null),
                    string text => Expression.Convert(Expression.Constant(text), typeof(object)),
                    var other => Expression.Convert(Object(other), typeof(object)),
                });

    /// <summary>An object the code uses, as a local read from the closure once per evaluation.</summary>
    private ParameterExpression Object(object value)
    {
        if (!_objects.TryGetValue(value, out var local))
        {
            local = Expression.Variable(value.GetType(), value.GetType().Name);
            _objects.Add(value, local);
        }

        return local;
    }

    /// <summary>The operand as a <see cref="CertLogicValue"/>, wrapping an unwrapped boolean or number.</summary>
    private Expression AsValue(Typed operand)
    {
        if (operand.Constant is { } constant)
        {
            return ValueOf(constant);
        }

        var expr = operand.Expr;
        return expr.Type == typeof(bool) ? Expression.Call(Method(nameof(Boolean)), expr)
            : expr.Type == typeof(double) ? Expression.Call(Method(nameof(Number)), expr)
            : expr;
    }

    /// <summary>The operand as a truth value: a boolean as is, anything else checked to be truthy or falsy.</summary>
    private Expression Truth(Typed operand, string role, string path) =>
        operand.IsBoolean
            ? operand.Expr
            : Expression.Call(Method(nameof(Boolsy)), AsValue(operand), Expression.Constant(role), Expression.Constant(path));

    private Typed CompileArray(JsonElement expr, string path)
    {
        var items = Enumerable.Range(0, expr.GetArrayLength()).Select(i => Operand(expr, i, path)).ToArray();
        if (items.All(item => item.Constant is { Kind: not (CertLogicValueKind.Array or CertLogicValueKind.Object) }))
        {
            // Scalars only: identity cannot be observed, so one shared array is indistinguishable from a new
            // one per evaluation. A fresh array per literal (never Array.Empty), so two literals are never ===.
            var values = new CertLogicValue[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                values[i] = items[i].Constant!.Value;
            }

            return Literal(CertLogicValue.FromArrayUnsafe(values));
        }

        return Call(nameof(EmittedOperations.Array), Expression.NewArrayInit(typeof(CertLogicValue), items.Select(AsValue)));
    }

    private Typed CompileVar(string text, string path)
    {
        var fragments = text.Length == 0 ? [] : text.Split('.');
        Typed start;
        var skip = 0;
        if (_lambda is not { } lambda)
        {
            start = new(_data);
        }
        else if (fragments.Length == 0)
        {
            // The whole lambda context was asked for: only now does it have to exist as an object.
            return Call(nameof(LambdaContext), AsValue(new(lambda.Accumulator)), lambda.Current);
        }
        else
        {
            skip = 1;
            start = fragments[0] switch
            {
                "accumulator" => new(lambda.Accumulator),
                "current" => new(lambda.Current),
                _ => Literal(CertLogicValue.Null),
            };
        }

        if (fragments.Length == skip)
        {
            return start;
        }

        var read = typeof(PathStep).GetMethod(nameof(PathStep.Read))!;
        var tryRead = typeof(PathStep).GetMethod(nameof(PathStep.TryReadCached))!;
        var value = AsValue(start);
        for (var i = skip; i < fragments.Length; i++)
        {
            // One step per fragment of this var, shared by every compiled form of it (so the fast and the
            // general loop of a reduce remember the same positions).
            if (!_steps.TryGetValue((path, i), out var step))
            {
                step = new PathStep(fragments[i]);
                _steps.Add((path, i), step);
            }

            if (_fast is { } fast)
            {
                // Reads are pure and never fail: read up front, leaving the loop on an inline-cache miss.
                var read1 = Expression.Variable(typeof(CertLogicValue), "read");
                fast.Temps.Add(read1);
                fast.Reads.Add(Expression.IfThen(
                    Expression.Not(Expression.Call(Object(step), tryRead, value, read1)),
                    Expression.Goto(fast.Miss)));
                value = read1;
            }
            else
            {
                value = Expression.Call(Object(step), read, value);
            }
        }

        return new(value);
    }

    /// <summary>The slots of a reduce lambda's data context: locals of the loop.</summary>
    /// <remarks>
    /// <c>current</c> is the array element itself (<c>items[index]</c>), not a copy: arrays are never
    /// mutated, and read in place it is passed by reference to what reads it.
    /// </remarks>
    private sealed record LambdaSlots(Expression Accumulator, Expression Current);
}
