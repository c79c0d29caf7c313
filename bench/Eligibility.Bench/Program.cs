using BenchmarkDotNet.Running;
using TravelCorridor.Eligibility.Bench;

BenchmarkSwitcher.FromAssembly(typeof(ApplicationDataBenchmarks).Assembly).Run(args);
