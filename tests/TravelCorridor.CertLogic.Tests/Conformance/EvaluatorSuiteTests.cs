namespace TravelCorridor.CertLogic.Tests.Conformance;

/// <summary>Every assertion of every file in the evaluator suite, each its own test, for both engines.</summary>
public sealed class EvaluatorSuiteTests
{
    public static TheoryData<string, int, string, int> Assertions()
    {
        var data = new TheoryData<string, int, string, int>();
        foreach (var assertion in EvaluatorAssertion.All().Where(a => !a.Skipped))
        {
            data.Add(assertion.File, assertion.CaseNumber, assertion.Case, assertion.Index);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void The_interpreter_gives_the_expected_value(string file, int caseNumber, string caseName, int assertion)
    {
        var subject = EvaluatorAssertion.Find(file, caseNumber, assertion);
        Assert.Equal(caseName, subject.Case);

        var actual = CertLogicInterpreter.Evaluate(subject.Expression, CertLogicValue.FromJson(subject.Data));

        AssertValue(subject, actual);
    }

    [Theory]
    [MemberData(nameof(Assertions))]
    public void The_compiled_form_gives_the_expected_value(string file, int caseNumber, string caseName, int assertion)
    {
        var subject = EvaluatorAssertion.Find(file, caseNumber, assertion);
        Assert.Equal(caseName, subject.Case);

        var actual = CertLogicCompiler.Compile(subject.Expression).Evaluate(CertLogicValue.FromJson(subject.Data));

        AssertValue(subject, actual);
    }

    [Fact]
    public void Only_the_assertions_the_suite_marks_skip_are_skipped()
    {
        var skipped = EvaluatorAssertion.All().Where(a => a.Skipped).Select(a => $"{a.File}/{a.Case}/{a.Index}").ToList();

        // ins-with-nulls.json marks four assertions; patched-reduce.json marks the whole file (ten).
        Assert.Equal(14, skipped.Count);
        Assert.All(skipped, s => Assert.True(s.StartsWith("ins-with-nulls.json/", StringComparison.Ordinal)
            || s.StartsWith("patched-reduce.json/", StringComparison.Ordinal), s));
    }

    [Fact]
    public void The_suite_is_present_and_complete()
    {
        Assert.Equal(14, ConformanceSuite.Files(EvaluatorAssertion.Folder).Count());
        Assert.True(EvaluatorAssertion.All().Count(a => !a.Skipped) > 150);
    }

    private static void AssertValue(EvaluatorAssertion assertion, CertLogicValue actual)
    {
        var expected = CertLogicValue.FromJson(assertion.Expected);
        Assert.True(CertLogicValue.DeepEquals(expected, actual),
            $"expected {expected.ToJsonString()} but got {actual.ToJsonString()}");
    }
}
