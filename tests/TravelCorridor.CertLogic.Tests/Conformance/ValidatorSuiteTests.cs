using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Conformance;

/// <summary>
/// Every case of the validation suite: exactly the issues it lists, with the same messages and expressions, as
/// errors. (The reference validator has no warnings; ours only add to what it reports.)
/// </summary>
public sealed class ValidatorSuiteTests
{
    private const string Folder = "validation-testSuite";

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in ConformanceSuite.Files(Folder))
        {
            var file = Path.GetFileName(path);
            var count = ConformanceSuite.Load(Folder, file).GetProperty("cases").GetArrayLength();
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_validator_reports_exactly_the_listed_issues(string file, int index)
    {
        var testCase = ConformanceSuite.Load(Folder, file).GetProperty("cases")[index];
        var expected = testCase.GetProperty("issues").EnumerateArray().ToList();

        var actual = CertLogicValidator.Validate(testCase.GetProperty("certLogicExpression")).Where(issue => !issue.IsWarning).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("message").GetString(), actual[i].Message);
            Assert.True(JsonElement.DeepEquals(expected[i].GetProperty("expr"), actual[i].Expression),
                $"issue {i}: expected expr {expected[i].GetProperty("expr")} but got {actual[i].Expression}");
        }
    }
}
