using System.Diagnostics;

namespace TravelCorridor.CertLogic.Bench;

/// <summary>
/// A plain timed loop, measured like bench/node/bench.js (warm-up, then as many evaluations as fit in
/// the time), for a quick side-by-side check without BenchmarkDotNet's full run.
/// </summary>
public static class QuickRun
{
    public static void Run(double seconds)
    {
        using var dataJson = BenchRules.Load("data");
        var data = CertLogicValue.FromJson(dataJson.RootElement);
        foreach (var name in BenchRules.Names)
        {
            using var rule = BenchRules.Load(name);
            var compiled = CertLogicCompiler.Compile(rule.RootElement);
            var root = rule.RootElement;
            Console.WriteLine($"{name}: result {compiled.Evaluate(data).ToJsonString()}, " +
                $"compiled {Measure(() => compiled.Evaluate(data), seconds):N0}/s, " +
                $"interpreted {Measure(() => CertLogicInterpreter.Evaluate(root, data), seconds):N0}/s");
        }
    }

    private static double Measure(Func<CertLogicValue> evaluate, double seconds)
    {
        for (var i = 0; i < 200_000; i++)
        {
            evaluate();
        }

        var count = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1_000; i++)
            {
                evaluate();
            }

            count += 1_000;
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
