using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace TravelCorridor.CertLogic.Bench;

/// <summary>
/// One rule evaluation on already-converted data: the tree-walking interpreter (which also validates the
/// expression first, as the specification requires of an evaluator) against the compiled form.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private JsonDocument _rule = null!;
    private CompiledCertLogic _compiled = null!;
    private CertLogicValue _data;

    [ParamsSource(nameof(Rules))]
    public string Rule { get; set; } = "";

    public static IEnumerable<string> Rules => BenchRules.Names;

    [GlobalSetup]
    public void Setup()
    {
        _rule = BenchRules.Load(Rule);
        _compiled = CertLogicCompiler.Compile(_rule.RootElement);
        using var data = BenchRules.Load("data");
        _data = CertLogicValue.FromJson(data.RootElement);
    }

    [GlobalCleanup]
    public void Cleanup() => _rule.Dispose();

    [Benchmark(Baseline = true)]
    public CertLogicValue Interpreted() => CertLogicInterpreter.Evaluate(_rule.RootElement, _data);

    [Benchmark]
    public CertLogicValue Compiled() => _compiled.Evaluate(_data);
}
