using System.Linq.Expressions;
using System.Text.Json;
using static TravelCorridor.CertLogic.EmittedOperations;

namespace TravelCorridor.CertLogic;

internal sealed partial class IlCompiler
{
    /// <summary>
    /// A reduce is a loop over the array with <c>accumulator</c> and <c>current</c> as locals (scoping is
    /// lexical: a nested reduce has its own). When the initial value and the lambda are both certainly
    /// numbers (counting and summing), the accumulator is kept as a plain double.
    /// </summary>
    private Typed CompileReduce(JsonElement operands, string at, string path)
    {
        var operand = Expression.Variable(typeof(CertLogicValue), "operand");
        var evaluateOperand = Expression.Assign(operand, AsValue(Operand(operands, 0, at)));
        var initial = Operand(operands, 2, at);
        var items = Expression.Variable(typeof(CertLogicValue[]), "items");
        var index = Expression.Variable(typeof(int), "index");
        var current = Expression.ArrayAccess(items, index);

        var reducesBefore = ++_reduces;
        var (accumulator, lambda) = (default(ParameterExpression), default(Typed));
        if (initial.IsNumber)
        {
            accumulator = Expression.Variable(typeof(double), "accumulator");
            lambda = CompileLambda(operands, at, accumulator, current);
        }

        if (accumulator is null || !lambda.IsNumber)
        {
            accumulator = Expression.Variable(typeof(CertLogicValue), "accumulator");
            lambda = CompileLambda(operands, at, accumulator, current);
        }

        var numeric = accumulator.Type == typeof(double);
        Expression Store(Typed value) => Expression.Assign(accumulator, numeric ? value.Expr : AsValue(value));
        var cost = ReduceStepCost.Of(operands, _limits);
        var loop = _reduces == reducesBefore
            ? CountedLoop(items, index, Store(lambda), FastLoop(operands, at, accumulator, current, items, index), cost)
            : CheckedLoop(items, index, Store(lambda), cost);
        var reduction = Expression.Block(
            [items, index],
            Expression.Assign(items, Expression.Call(Method(nameof(ReduceItems)), operand, Expression.Constant(path))),
            Store(initial),
            Expression.Assign(index, Expression.Constant(0)),
            loop,
            accumulator);
        var initialExpr = numeric ? initial.Expr : AsValue(initial);

        // A null operand gives the initial value; the operand is evaluated before the initial value either way.
        return new(Expression.Block(
            [operand, accumulator],
            evaluateOperand,
            Expression.Condition(Expression.Property(operand, nameof(CertLogicValue.IsNull)), initialExpr, reduction)));
    }

    /// <summary>
    /// The loop when the lambda has no reduce of its own, so nothing else spends steps meanwhile: take all
    /// the steps the array needs (or all that are left) at once, then, if they were not enough, fail exactly
    /// where counting step by step would have failed: after the last step the budget allowed.
    /// </summary>
    /// <remarks>
    /// The items are first taken by <paramref name="fast"/> (see <see cref="FastLoop"/>), for as long as its
    /// reads hit their inline caches; the general loop then takes the rest, if any.
    /// </remarks>
    private Expression CountedLoop(ParameterExpression items, ParameterExpression index, Expression step,
        Func<ParameterExpression, Expression> fast, int cost)
    {
        var count = Expression.Variable(typeof(int), "count");
        var done = Expression.Label("reduceDone");
        var min = typeof(Math).GetMethod(nameof(Math.Min), [typeof(int), typeof(int)])!;
        return Expression.Block(
            [count],
            Expression.Assign(count, Expression.Call(min, Expression.ArrayLength(items),
                Expression.Divide(_reduceStepsLeft, Expression.Constant(cost)))),
            Expression.SubtractAssign(_reduceStepsLeft, Expression.Multiply(count, Expression.Constant(cost))),
            fast(count),
            Expression.Loop(
                Expression.Block(
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, count), Expression.Break(done)),
                    step,
                    Expression.PreIncrementAssign(index)),
                done),
            Expression.IfThen(
                Expression.LessThan(count, Expression.ArrayLength(items)),
                Expression.Call(Method(nameof(TooManyReduceSteps)), Object(_limits))));
    }

    /// <summary>
    /// The fast form of a counted loop: the lambda compiled again with every <c>var</c> read done up front
    /// from its inline cache only, and the accumulator in a local of its own. Nothing in it calls out on
    /// the usual path, so the JIT keeps the accumulator in a register; the first miss leaves the loop
    /// before that item changes anything (reads are pure and never fail), and the general loop redoes it.
    /// </summary>
    private Func<ParameterExpression, Expression> FastLoop(JsonElement operands, string at, ParameterExpression accumulator,
        Expression current, ParameterExpression items, ParameterExpression index)
    {
        var fastAccumulator = Expression.Variable(accumulator.Type, "fastAccumulator");
        var miss = Expression.Label("fastDone");
        var fast = new FastReads([], [], miss);
        var outer = _fast;
        _fast = fast;
        Typed lambda;
        try
        {
            lambda = CompileLambda(operands, at, fastAccumulator, current);
        }
        finally
        {
            _fast = outer;
        }

        var store = Expression.Assign(fastAccumulator, accumulator.Type == typeof(double) ? lambda.Expr : AsValue(lambda));
        // Only when the budget covers the whole array, so the loop runs to the array's length and the JIT
        // drops the bounds check on the item; otherwise the general loop takes every item.
        return count => Expression.Block(
            [fastAccumulator],
            Expression.Assign(fastAccumulator, accumulator),
            Expression.IfThen(
                Expression.Equal(count, Expression.ArrayLength(items)),
                Expression.Loop(
                    Expression.Block(
                        fast.Temps,
                        fast.Reads
                            .Prepend(Expression.IfThen(
                                Expression.GreaterThanOrEqual(index, Expression.ArrayLength(items)), Expression.Break(miss)))
                            .Append(store)
                            .Append(Expression.PreIncrementAssign(index))),
                    miss)),
            Expression.Assign(accumulator, fastAccumulator));
    }

    /// <summary>The reads of a fast loop body, done up front, and where a miss goes.</summary>
    private sealed record FastReads(List<Expression> Reads, List<ParameterExpression> Temps, LabelTarget Miss);

    /// <summary>The loop when the lambda reduces too: a step is counted just before it is taken, as the interpreter counts.</summary>
    private Expression CheckedLoop(ParameterExpression items, ParameterExpression index, Expression step, int cost)
    {
        var done = Expression.Label("reduceDone");
        return Expression.Loop(
            Expression.Block(
                Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(items)), Expression.Break(done)),
                Expression.IfThen(
                    Expression.LessThan(Expression.SubtractAssign(_reduceStepsLeft, Expression.Constant(cost)), Expression.Constant(0)),
                    Expression.Call(Method(nameof(TooManyReduceSteps)), Object(_limits))),
                step,
                Expression.PreIncrementAssign(index)),
            done);
    }

    private Typed CompileLambda(JsonElement operands, string at, Expression accumulator, Expression current)
    {
        var outer = _lambda;
        _lambda = new LambdaSlots(accumulator, current);
        try
        {
            return Operand(operands, 1, at);
        }
        finally
        {
            _lambda = outer;
        }
    }
}
