using BenchmarkDotNet.Attributes;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;

namespace TravelCorridor.Eligibility.Bench;

/// <summary>
/// What a decision costs before and around its rules: checking the application, converting it with the
/// external facts to <c>{payload, external}</c> (once per decision), and, for scale, one typical compiled
/// rule evaluated on the converted data (once per rule).
/// </summary>
[MemoryDiagnoser]
public class ApplicationDataBenchmarks
{
    private static readonly HashSet<string> Members = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH"];

    private TravellerApplication _application = null!;
    private ExternalFacts _facts = null!;
    private CompiledCertLogic _rule = null!;
    private CertLogicValue _data;

    [GlobalSetup]
    public void Setup()
    {
        _application = BenchApplication.Create();
        var valueSets = ValueSetData.From(new Dictionary<string, IReadOnlyList<string>>
        {
            ["accepted-test-types"] = ["PCR", "RAT"],
            ["accepted-vaccines"] = ["EU/1/20/1528", "EU/1/20/1507", "EU/1/21/1529"],
        });
        _facts = ExternalFacts.For(_application, BenchApplication.Arrival, valueSets, 14, ["ESSENTIAL_BUSINESS", "OFFICIAL"]);
        _rule = CertLogicCompiler.Compile(TypicalRule);
        _data = EvaluationData.For(_application, _facts);
        if (!_rule.Passes(_data))
        {
            throw new InvalidOperationException("The typical rule must pass on the bench application.");
        }
    }

    [Benchmark(Baseline = true)]
    public CertLogicValue Convert() => EvaluationData.For(_application, _facts);

    [Benchmark]
    public CertLogicValue PayloadOnly() => ApplicationPayload.From(_application);

    [Benchmark]
    public bool Validate() => new RequestValidator().Application(_application, "application", Members.Contains).IsValid;

    [Benchmark]
    public CertLogicValue TypicalRuleOnConvertedData() => _rule.Evaluate(_data);

    // Stay within the corridor's limit, a covered purpose, an accepted first test at most 72 hours old
    // at the validation clock, and no positive test (the reduce).
    private const string TypicalRule = """
        { "and": [
          { "<=": [ { "var": "payload.trip.stayDays" }, { "var": "external.maxStayDays" } ] },
          { "in": [ { "var": "payload.trip.purpose" }, { "var": "external.purposes" } ] },
          { "in": [ { "var": "payload.health.tests.0.type" }, { "var": "external.valueSets.accepted-test-types" } ] },
          { "not-before": [ { "plusTime": [ { "var": "payload.health.tests.0.sampleTime" }, 72, "hour" ] },
                            { "plusTime": [ { "var": "external.validationClock" }, 0, "day" ] } ] },
          { "===": [ { "reduce": [ { "var": "payload.health.tests" },
            { "+": [ { "var": "accumulator" }, { "if": [ { "===": [ { "var": "current.result" }, "POSITIVE" ] }, 1, 0 ] } ] }, 0 ] }, 0 ] }
        ] }
        """;
}
