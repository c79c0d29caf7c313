using System.Text.Json;

namespace TravelCorridor.CertLogic;

internal sealed partial class NodeCompiler
{
    private Compiled CompilePlusTime(JsonElement operands, string at, string path, bool inLambda)
    {
        var date = Operand(operands, 0, at, inLambda);
        var amount = CertLogicValue.ReadNumber(operands[1]);
        TimeUnits.TryParse(JsonText.GetString(operands[2]), out var unit);
        if (date.Constant is { } literal)
        {
            // A literal date gives the same date-time every time: work it out now (errors stay at run time).
            try
            {
                return Constant(Semantics.PlusTime(literal, amount, unit, path));
            }
            catch (CertLogicEvaluationException)
            {
            }
        }

        var node = date.Node;
        return new((ref EvaluationFrame frame) => Semantics.PlusTime(node(ref frame), amount, unit, path));
    }

    private Compiled CompileDateOfBirth(JsonElement operands, string at, string path, bool inLambda)
    {
        var node = Operand(operands, 0, at, inLambda).Node;
        return new((ref EvaluationFrame frame) => Semantics.DateOfBirth(node(ref frame), path));
    }

    private Compiled CompileExtract(JsonElement operands, string at, string path, bool inLambda)
    {
        var node = Operand(operands, 0, at, inLambda).Node;
        var index = CertLogicValue.ReadNumber(operands[1]);
        return new((ref EvaluationFrame frame) => Semantics.ExtractFromUvci(node(ref frame), index, path));
    }

    private Compiled CompileReduce(JsonElement operands, string at, string path, bool inLambda)
    {
        var operand = Operand(operands, 0, at, inLambda).Node;
        var lambda = Operand(operands, 1, at, inLambda: true).Node;
        var initial = Operand(operands, 2, at, inLambda).Node;
        var cost = ReduceStepCost.Of(operands, limits);
        return new((ref EvaluationFrame frame) =>
        {
            var value = operand(ref frame);
            if (value.IsNull)
            {
                return initial(ref frame);
            }

            var items = value.ArrayOrNull ?? throw Semantics.NotAnArrayForReduce(path);
            var accumulator = initial(ref frame);

            // The enclosing lambda (if any) may still read its own accumulator/current after this reduce.
            var (outerAccumulator, outerCurrent) = (frame.Accumulator, frame.Current);
            foreach (var current in items)
            {
                if ((frame.ReduceStepsLeft -= cost) < 0)
                {
                    throw Semantics.TooManyReduceSteps(frame.Limits);
                }

                frame.Accumulator = accumulator;
                frame.Current = current;
                accumulator = lambda(ref frame);
            }

            (frame.Accumulator, frame.Current) = (outerAccumulator, outerCurrent);
            return accumulator;
        });
    }
}
