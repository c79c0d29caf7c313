namespace TravelCorridor.CertLogic.Tests.Engine;

public sealed class EvaluationTests
{
    [Fact]
    public void Var_with_an_array_index_reads_the_element() =>
        Assert.Equal("\"b\"", Rule.Eval("""{"var":"x.1.y"}""", """{"x":[{"y":"a"},{"y":"b"}]}""").ToJsonString());

    [Fact]
    public void And_stops_at_the_first_falsy_operand_without_evaluating_the_rest() =>
        Assert.Equal("0", Rule.Eval("""{"and":[1,0,{"in":[1,{"var":"notAnArray"}]}]}""").ToJsonString());

    [Fact]
    public void Reduce_counts_matching_items()
    {
        const string count = """{"reduce":[{"var":"t"},{"+":[{"var":"accumulator"},{"if":[{"===":[{"var":"current.tt"},"LP6464-4"]},1,0]}]},0]}""";

        Assert.Equal("2", Rule.Eval(count, """{"t":[{"tt":"LP6464-4"},{"tt":"LP217198-3"},{"tt":"LP6464-4"}]}""").ToJsonString());
    }

    [Fact]
    public void Reduce_over_items_of_changing_shapes_reads_every_item_right_on_every_evaluation()
    {
        // Keys at different positions miss the remembered ones part-way through the array (and between
        // evaluations); a read through an array index sits in the same lambda.
        var compiled = CertLogicCompiler.Compile(
            """{"reduce":[{"var":"t"},{"+":[{"var":"accumulator"},{"if":[{"===":[{"var":"current.tr.0"},"p"]},{"var":"current.n"},0]}]},0]}""");
        var cases = new (string Data, string Expected)[]
        {
            ("""{"t":[{"tr":["p"],"n":1},{"tr":["q"],"n":2},{"n":4,"tr":["p"]},{"x":0,"tr":["p"],"n":8}]}""", "13"),
            ("""{"t":[{"n":16,"tr":["p"]},{"tr":["p"],"n":1}]}""", "17"),
            ("""{"t":[{"tr":["q"],"n":1},{"tr":"p","n":2},{"n":4,"tr":["p","q"]}]}""", "4"),
            ("""{"t":[]}""", "0"),
            ("""{"t":[{"tr":["p"],"n":1},[0],{"tr":["p"],"n":2}]}""", "3"),
        };
        for (var round = 0; round < 3; round++)
        {
            foreach (var (data, expected) in cases)
            {
                Assert.Equal(expected, compiled.Evaluate(CertLogicValue.Parse(data)).ToJsonString());
            }
        }
    }

    [Fact]
    public void Reduce_fails_on_the_item_that_breaks_it_after_the_items_before_it_were_taken()
    {
        const string sum = """{"reduce":[{"var":"t"},{"+":[{"var":"accumulator"},{"var":"current.n"}]},0]}""";
        var compiled = CertLogicCompiler.Compile(sum);
        Assert.Equal("3", compiled.Evaluate(CertLogicValue.Parse("""{"t":[{"n":1},{"n":2}]}""")).ToJsonString());
        Assert.Throws<CertLogicEvaluationException>(() =>
            compiled.Evaluate(CertLogicValue.Parse("""{"t":[{"n":1},{"m":0,"n":"x"}]}""")));
        Assert.Throws<CertLogicEvaluationException>(() =>
            compiled.Evaluate(CertLogicValue.Parse("""{"t":[{"n":1},{"n":1.5}]}""")));
        Assert.Equal("3", Rule.Eval(sum, """{"t":[{"n":1},{"m":0,"n":2}]}""").ToJsonString());
    }

    [Fact]
    public void Nested_reduce_restores_the_outer_accumulator_and_current()
    {
        const string sums = """{"reduce":[{"var":"rows"},{"+":[{"reduce":[{"var":"current"},{"+":[{"var":"accumulator"},{"var":"current"}]},0]},{"var":"accumulator"}]},0]}""";

        Assert.Equal("10", Rule.Eval(sums, """{"rows":[[1,2],[3],[4,0]]}""").ToJsonString());
    }

    [Fact]
    public void Strict_equality_compares_arrays_by_identity_as_javascript_does()
    {
        Assert.Equal("true", Rule.Eval("""{"===":[{"var":"a"},{"var":"a"}]}""", """{"a":[1]}""").ToJsonString());
        Assert.Equal("false", Rule.Eval("""{"===":[{"var":"a"},{"var":"b"}]}""", """{"a":[1],"b":[1]}""").ToJsonString());
        Assert.Equal("false", Rule.Eval("""{"===":[[],[]]}""").ToJsonString());
    }

    [Fact]
    public void In_on_a_long_literal_list_finds_members()
    {
        const string vaccines = """{"in":[{"var":"mp"},["EU/1/20/1528","EU/1/20/1507","EU/1/21/1529","EU/1/20/1525","CVnCoV","Sputnik-V","Convidecia","EpiVacCorona","BBIBP-CorV"]]}""";

        Assert.Equal("true", Rule.Eval(vaccines, """{"mp":"EU/1/20/1525"}""").ToJsonString());
        Assert.Equal("false", Rule.Eval(vaccines, """{"mp":"EU/1/20/9999"}""").ToJsonString());
        Assert.Equal("false", Rule.Eval(vaccines, """{"mp":null}""").ToJsonString());
    }

    [Fact]
    public void An_evaluation_error_names_the_operation_that_failed()
    {
        var error = Assert.Throws<CertLogicEvaluationException>(() =>
            Rule.Eval("""{"and":[true,{"in":["a",{"var":"list"}]}]}""", """{"list":"a,b"}"""));

        Assert.Equal("$.and[1]", error.Path);
        Assert.Contains("must be an array", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boolean_rule_over_converted_data_allocates_nothing_per_evaluation()
    {
        var rule = CertLogicCompiler.Compile("""
            {"and":[
              {"in":[{"var":"payload.v.0.mp"},{"var":"external.valueSets.vaccines"}]},
              {"not-after":[{"plusTime":[{"var":"payload.v.0.dt"},14,"day"]},{"plusTime":[{"var":"external.validationClock"},0,"day"]}]},
              {"<":[{"reduce":[{"var":"payload.t"},{"+":[{"var":"accumulator"},1]},0]},3]}
            ]}
            """);
        var data = CertLogicValue.Parse("""
            {"payload":{"v":[{"mp":"EU/1/20/1528","dt":"2021-06-01"}],"t":[{"tt":"a"},{"tt":"b"}]},
             "external":{"validationClock":"2021-07-01T10:00:00Z","valueSets":{"vaccines":["EU/1/20/1507","EU/1/20/1528"]}}}
            """);
        Assert.True(rule.Passes(data));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            rule.Evaluate(data);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
