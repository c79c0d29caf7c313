using System.Linq.Expressions;
using System.Text.Json;
using static TravelCorridor.CertLogic.EmittedOperations;

namespace TravelCorridor.CertLogic;

internal sealed partial class IlCompiler
{
    // Above this many literal strings, membership uses a hash set instead of a scan.

    private Typed CompileIf(JsonElement operands, string at, string path)
    {
        var guard = Truth(Operand(operands, 0, at), "if-guard", path);
        var (then, otherwise) = (Operand(operands, 1, at), Operand(operands, 2, at));
        if ((then.IsBoolean && otherwise.IsBoolean) || (then.IsNumber && otherwise.IsNumber))
        {
            // Both branches unwrapped alike: stay unwrapped (e.g. counting with {"if": [..., 1, 0]}).
            return new(Expression.Condition(guard, then.Expr, otherwise.Expr), Integral: then.IsIntegral && otherwise.IsIntegral);
        }

        return new(Expression.Condition(guard, AsValue(then), AsValue(otherwise)));
    }

    private Typed CompileAnd(JsonElement operands, string at, string path)
    {
        var compiled = Enumerable.Range(0, operands.GetArrayLength()).Select(i => Operand(operands, i, at)).ToArray();
        if (compiled.Length > 0 && compiled.All(operand => operand.IsBoolean))
        {
            // All operands are booleans: "the first falsy operand, or the last" is plain conjunction.
            return new(compiled.Skip(1).Aggregate(compiled[0].Expr, (all, next) => Expression.AndAlso(all, next.Expr)));
        }

        // The first operand that is not truthy, else the last; each one checked to be truthy or falsy.
        var result = Expression.Variable(typeof(CertLogicValue), "and");
        var done = Expression.Label("andDone");
        var steps = new List<Expression> { Expression.Assign(result, ValueOf(CertLogicValue.True)) };
        for (var i = 0; i < compiled.Length; i++)
        {
            steps.Add(Expression.Assign(result, AsValue(compiled[i])));
            steps.Add(Expression.IfThen(
                Expression.Not(Expression.Call(Method(nameof(Boolsy)), result, Expression.Constant($"operand #{i + 1} of \"and\""), Expression.Constant(path))),
                Expression.Goto(done)));
        }

        steps.Add(Expression.Label(done));
        steps.Add(result);
        return new(Expression.Block([result], steps));
    }

    private Typed CompileStrictEquals(JsonElement operands, string at)
    {
        var (left, right) = (Operand(operands, 0, at), Operand(operands, 1, at));
        switch (right.Constant)
        {
            // Comparing with a literal, the common case in rules: no general dispatch needed.
            case { Kind: CertLogicValueKind.String } text:
                return Call(nameof(EqualsString), AsValue(left), Expression.Constant(text.AsString()));
            case { Kind: CertLogicValueKind.Number } number when left.IsNumber:
                return new(Expression.Equal(left.Expr, Expression.Constant(number.RawNumber)));
            case { Kind: CertLogicValueKind.Number } number:
                return Call(nameof(EqualsNumber), AsValue(left), Expression.Constant(number.RawNumber));
            case { Kind: CertLogicValueKind.Boolean } boolean when left.IsBoolean:
                return new(Expression.Equal(left.Expr, Expression.Constant(boolean.AsBoolean())));
            default:
                return Call(nameof(EmittedOperations.StrictEquals), AsValue(left), AsValue(right));
        }
    }

    private Typed CompilePlus(JsonElement operands, string at, string path)
    {
        var (left, right) = (Operand(operands, 0, at), Operand(operands, 1, at));
        var where = Expression.Constant(path);
        if (right.IsNumber)
        {
            // A right operand known to be an integer (a literal, or a choice between literals) needs no check.
            return (left.IsNumber, right.IsIntegral) switch
            {
                (true, true) => Call(nameof(PlusNumberInteger), left.Expr, right.Expr, where),
                (true, false) => Call(nameof(PlusNumbers), left.Expr, right.Expr, where),
                (false, true) => Call(nameof(PlusInteger), AsValue(left), right.Expr, where),
                (false, false) => Call(nameof(PlusNumber), AsValue(left), right.Expr, where),
            };
        }

        return Call(nameof(Plus), AsValue(left), AsValue(right), where);
    }

    private Typed CompileIn(JsonElement operands, string at, string path)
    {
        var item = AsValue(Operand(operands, 0, at));
        var collection = Operand(operands, 1, at);
        if (collection.Constant is { } literal && literal.Items.Length > StringMembership.Threshold
            && literal.ArrayOrNull!.All(candidate => candidate.Kind == CertLogicValueKind.String))
        {
            var set = literal.ArrayOrNull!.Select(candidate => candidate.AsString()).ToHashSet(StringComparer.Ordinal);
            return Call(nameof(InSet), item, Object(set));
        }

        return Call(nameof(In), item, AsValue(collection), Expression.Constant(path));
    }

    private Typed CompileComparison(string op, JsonElement operands, string at, string path)
    {
        var compare = Method(Operators.IsDateTimeComparison(op) ? nameof(CompareDateTimes) : nameof(CompareIntegers));
        var (name, where) = (Expression.Constant(op), Expression.Constant(path));
        var values = Enumerable.Range(0, operands.GetArrayLength())
            .Select(i => Expression.Variable(typeof(CertLogicValue), $"operand{i}")).ToArray();

        // Every operand is evaluated, in order, and type-checked, even when an earlier pair decided the outcome.
        var body = new List<Expression>();
        for (var i = 0; i < values.Length; i++)
        {
            body.Add(Expression.Assign(values[i], AsValue(Operand(operands, i, at))));
        }

        Expression holds = Expression.Call(compare, values[0], values[1], name, where);
        for (var i = 2; i < values.Length; i++)
        {
            holds = Expression.And(holds, Expression.Call(compare, values[i - 1], values[i], name, where));
        }

        body.Add(holds);
        return new(Expression.Block(values, body));
    }

    private Typed CompilePlusTime(JsonElement operands, string at, string path)
    {
        var date = Operand(operands, 0, at);
        var amount = CertLogicValue.ReadNumber(operands[1]);
        TimeUnits.TryParse(JsonText.GetString(operands[2]), out var unit);
        if (date.Constant is { } literal)
        {
            // A literal date gives the same date-time every time: work it out now (errors stay at run time).
            try
            {
                return Literal(Semantics.PlusTime(literal, amount, unit, path));
            }
            catch (CertLogicEvaluationException)
            {
            }
        }

        return Call(nameof(PlusTime), AsValue(date), Expression.Constant(amount), Expression.Constant(unit), Expression.Constant(path));
    }

    /// <summary>
    /// A compiled operand: its expression, typed <see cref="CertLogicValue"/>, or <c>bool</c> / <c>double</c>
    /// when it certainly is a boolean / number (then unwrapped); its value when it is a literal; whether it
    /// certainly is an integer.
    /// </summary>
    private readonly record struct Typed(Expression Expr, CertLogicValue? Constant = null, bool Integral = false)
    {
        public bool IsIntegral => Integral || Constant is { IsInteger: true };

        public bool IsBoolean => Expr.Type == typeof(bool);

        public bool IsNumber => Expr.Type == typeof(double);
    }
}
