using BenchmarkDotNet.Running;
using TravelCorridor.CertLogic.Bench;

// `-- --quick [seconds]` runs the plain timed loop; anything else goes to BenchmarkDotNet.
if (args is ["--quick", ..])
{
    QuickRun.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
