namespace TravelCorridor.Corridorctl.Tests;

/// <summary>Published national rules with their published cases: every case must pass, as it does with certlogic-js.</summary>
public sealed class NationalRulesTests
{
    public static TheoryData<string> Rules() => ["AT/VR-AT-0004", "CH/VR-CH-0007"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_published_rule_passes_all_its_published_cases(string rule)
    {
        var folder = CorridorctlRunner.TestData(["national-rules", .. rule.Split('/')]);
        var cases = Directory.GetFiles(Path.Combine(folder, "tests"), "*.json").Order(StringComparer.Ordinal).ToArray();

        var (exitCode, output, _) = CorridorctlRunner.Run(["rules", "test", Path.Combine(folder, "rule.json"), .. cases]);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{cases.Length} passed, 0 failed, {cases.Length} total", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verdicts_match_those_of_the_reference_implementation()
    {
        // Recorded from `node bench/node/reference-verdicts.js` (certlogic-js 1.2.2) on the same files.
        var reference = new Dictionary<string, string>
        {
            ["VR-AT-0004/test001.json"] = "failed",
            ["VR-AT-0004/test002.json"] = "failed",
            ["VR-AT-0004/test003.json"] = "passed",
            ["VR-AT-0004/test004.json"] = "passed",
            ["VR-CH-0007/test003.json"] = "passed",
            ["VR-CH-0007/test004.json"] = "passed",
            ["VR-CH-0007/test005.json"] = "passed",
            ["VR-CH-0007/test006.json"] = "failed",
        };

        foreach (var rule in new[] { "AT/VR-AT-0004", "CH/VR-CH-0007" })
        {
            var folder = CorridorctlRunner.TestData(["national-rules", .. rule.Split('/')]);
            var cases = Directory.GetFiles(Path.Combine(folder, "tests"), "*.json").Order(StringComparer.Ordinal).ToArray();
            var (_, output, _) = CorridorctlRunner.Run(["rules", "test", "--json", Path.Combine(folder, "rule.json"), .. cases]);
            using var report = System.Text.Json.JsonDocument.Parse(output);

            foreach (var result in report.RootElement.GetProperty("cases").EnumerateArray())
            {
                var key = $"{rule.Split('/')[1]}/{result.GetProperty("file").GetString()}";
                Assert.Equal(reference[key], result.GetProperty("actual").GetString());
            }
        }
    }
}
