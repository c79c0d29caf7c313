using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Tests.Application;

/// <summary>The whole data a rule runs on, <c>{ payload, external }</c>, and a rule reading it.</summary>
public sealed class EvaluationDataTests
{
    private static readonly CertLogicValue ValueSets = ValueSetData.From(new Dictionary<string, IReadOnlyList<string>>
    {
        ["accepted-test-types"] = ["PCR", "RAT"],
        ["accepted-vaccines"] = ["EU/1/20/1528", "EU/1/20/1507", "EU/1/21/1529"],
    });

    // Stay within the corridor's limit, a purpose it covers, a first test of an accepted type taken at most
    // 72 hours before the validation clock, and no positive test. Inside a reduce a rule sees only
    // accumulator and current (CertLogic's scoping), so value sets and the clock are read outside it.
    private static readonly CompiledCertLogic TypicalRule = CertLogicCompiler.Compile("""
        { "and": [
          { "<=": [ { "var": "payload.trip.stayDays" }, { "var": "external.maxStayDays" } ] },
          { "in": [ { "var": "payload.trip.purpose" }, { "var": "external.purposes" } ] },
          { "in": [ { "var": "payload.health.tests.0.type" }, { "var": "external.valueSets.accepted-test-types" } ] },
          { "not-before": [ { "plusTime": [ { "var": "payload.health.tests.0.sampleTime" }, 72, "hour" ] },
                            { "plusTime": [ { "var": "external.validationClock" }, 0, "day" ] } ] },
          { "===": [
            { "reduce": [
              { "var": "payload.health.tests" },
              { "+": [ { "var": "accumulator" }, { "if": [ { "===": [ { "var": "current.result" }, "POSITIVE" ] }, 1, 0 ] } ] },
              0
            ] },
            0
          ] }
        ] }
        """);

    [Fact]
    public void Evaluation_data_holds_the_payload_and_the_external_facts()
    {
        var application = SampleApplications.Full();
        var facts = ExternalFacts.For(application, SampleApplications.Arrival, ValueSets, 14, ["ESSENTIAL_BUSINESS", "OFFICIAL"]);

        var data = EvaluationData.For(application, facts);

        Assert.True(data.TryGetProperty("payload", out var payload));
        Assert.True(CertLogicValue.DeepEquals(ApplicationPayload.From(application), payload));
        Assert.True(data.TryGetProperty("external", out var external));
        DataAssert.Equal("""
            {
              "validationClock": "2026-03-01T10:30:00.250Z",
              "origin": "MY", "destination": "SG", "purpose": "ESSENTIAL_BUSINESS",
              "valueSets": {
                "accepted-test-types": ["PCR", "RAT"],
                "accepted-vaccines": ["EU/1/20/1528", "EU/1/20/1507", "EU/1/21/1529"]
              },
              "maxStayDays": 14,
              "purposes": ["ESSENTIAL_BUSINESS", "OFFICIAL"]
            }
            """, external);
        Assert.Equal(["payload", "external"], data.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Unknown_corridor_terms_read_as_null_and_an_empty_list()
    {
        var application = SampleApplications.Minimal();
        application.Trip.Purpose = TravelPurpose.Unspecified;
        var clock = new DateTimeOffset(2026, 3, 1, 16, 30, 0, 999, TimeSpan.FromHours(8)).AddTicks(9_999);

        var external = ExternalData.From(ExternalFacts.For(application, clock, ValueSetData.Empty, null, []));

        DataAssert.Equal("""
            { "validationClock": "2026-03-01T08:30:00.999Z", "origin": "SG", "destination": "MY", "purpose": null,
              "valueSets": {}, "maxStayDays": null, "purposes": [] }
            """, external);
    }

    [Fact]
    public void Value_sets_become_one_object_of_string_lists_ordered_by_name()
    {
        var sets = ValueSetData.From(new Dictionary<string, IReadOnlyList<string>>
        {
            ["vaccines"] = ["EU/1/20/1528"],
            ["empty"] = [],
            ["test-types"] = ["PCR", "2021-06-01"],
        });

        DataAssert.Equal("""{ "empty": [], "test-types": ["PCR", "2021-06-01"], "vaccines": ["EU/1/20/1528"] }""", sets);
    }

    [Fact]
    public void A_rule_reads_the_converted_application_and_the_rule_sets_value_sets()
    {
        var application = SampleApplications.Full();

        Assert.True(TypicalRule.Passes(Data(application, maxStayDays: 14)));
        Assert.False(TypicalRule.Passes(Data(application, maxStayDays: 6)));
    }

    [Fact]
    public void The_rule_reads_tests_by_position_and_reduces_over_all_of_them()
    {
        var application = SampleApplications.Full();
        application.Health.Tests[0].SampleTime = Timestamp.FromDateTimeOffset(SampleApplications.Arrival.AddHours(-72));
        var justRecentEnough = Data(application, maxStayDays: 14);
        application.Health.Tests[0].SampleTime = Timestamp.FromDateTimeOffset(SampleApplications.Arrival.AddHours(-72).AddMilliseconds(-1));
        var aMillisecondTooOld = Data(application, maxStayDays: 14);
        application = SampleApplications.Full();
        application.Health.Tests[0].Type = "LAMP";
        var notAccepted = Data(application, maxStayDays: 14);
        application = SampleApplications.Full();
        application.Health.Tests[1].Result = TestResult.Positive;
        var laterTestPositive = Data(application, maxStayDays: 14);

        Assert.True(TypicalRule.Passes(justRecentEnough));
        Assert.False(TypicalRule.Passes(aMillisecondTooOld));
        Assert.False(TypicalRule.Passes(notAccepted));
        Assert.False(TypicalRule.Passes(laterTestPositive));
    }

    [Fact]
    public void Without_health_evidence_the_reduce_still_runs_over_an_empty_list()
    {
        var application = SampleApplications.Full();
        application.Health = null;
        var noTests = CertLogicCompiler.Compile("""
            { "===": [ { "reduce": [ { "var": "payload.health.tests" }, { "+": [ { "var": "accumulator" }, 1 ] }, 0 ] }, 0 ] }
            """);

        Assert.True(noTests.Passes(Data(application, maxStayDays: 14)));
    }

    private static CertLogicValue Data(TravellerApplication application, int maxStayDays) =>
        EvaluationData.For(application, ExternalFacts.For(application, SampleApplications.Arrival, ValueSets, maxStayDays, ["ESSENTIAL_BUSINESS"]));
}
