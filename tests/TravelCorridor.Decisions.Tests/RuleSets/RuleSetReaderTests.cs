using System.Text;
using System.Text.Json.Nodes;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Testing;

namespace TravelCorridor.Decisions.Tests.RuleSets;

/// <summary>The document checks and every size bound of a rule set, each named in its problem.</summary>
public sealed class RuleSetReaderTests
{
    private static readonly DateTimeOffset From = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RuleSetReadResult Read(string document, bool allowSeed = false) => RuleSetReader.Read(Encoding.UTF8.GetBytes(document), allowSeed);

    private static string Problems(RuleSetReadResult result) => string.Join(" | ", result.Problems);

    [Fact]
    public void A_sound_document_is_read_with_its_rules_compiled_and_its_bytes_kept()
    {
        var document = RuleSetDocuments.Document("SG", 3, From, [RuleSetDocuments.StayAtMost("SG", 1, 14)],
            new JsonObject { ["tests"] = new JsonArray("PCR", "RAT") });

        var result = Read(document);

        Assert.True(result.IsValid, Problems(result));
        Assert.Equal(("SG", 3L, From), (result.RuleSet!.Member, result.RuleSet.Version, result.RuleSet.ValidFrom));
        Assert.Equal(["PCR", "RAT"], result.RuleSet.ValueSets["tests"]);
        Assert.Equal(document, Encoding.UTF8.GetString(result.RuleSet.Document.Span));
    }

    [Fact]
    public void Unknown_fields_missing_fields_and_version_zero_are_all_reported()
    {
        var result = Read("""{ "member": "sg", "version": 0, "rulez": [] }""");

        Assert.False(result.IsValid);
        Assert.Equal(["$.member", "$.rules", "$.rulez", "$.validFrom", "$.version"], result.Problems.Select(p => p.Path).Order());
    }

    [Fact]
    public void Version_zero_is_only_for_the_baseline_seed()
    {
        var document = RuleSetDocuments.Document("SG", 0, From, [RuleSetDocuments.StayAtMost("SG", 1, 14)]);

        Assert.False(Read(document).IsValid);
        Assert.True(Read(document, allowSeed: true).IsValid);
    }

    [Fact]
    public void A_repeated_identifier_and_version_is_refused()
    {
        var document = RuleSetDocuments.Document("SG", 1, From, [RuleSetDocuments.StayAtMost("SG", 1, 14), RuleSetDocuments.StayAtMost("SG", 1, 10)]);

        var problem = Assert.Single(Read(document).Problems);
        Assert.Equal("$.rules[1].Identifier", problem.Path);
    }

    [Fact]
    public void More_rules_than_the_bound_are_refused_naming_it()
    {
        var rules = Enumerable.Range(1, RuleSetLimits.MaxRules + 1).Select(i => RuleSetDocuments.StayAtMost("SG", i, 14));

        var problem = Assert.Single(Read(RuleSetDocuments.Document("SG", 1, From, rules)).Problems);
        Assert.Contains("at most 200", problem.Message);
    }

    [Fact]
    public void Logic_with_more_values_than_the_bound_is_refused_naming_it()
    {
        var big = "{ \"and\": [" + string.Join(",", Enumerable.Repeat("true", RuleSetLimits.MaxLogicNodes)) + "] }";

        var result = Read(RuleSetDocuments.Document("SG", 1, From, [RuleSetDocuments.Rule("SG", 1, big)]));

        Assert.Contains(result.Problems, p => p.Path.StartsWith("$.rules[0].Logic", StringComparison.Ordinal) && p.Message.Contains("2000"));
    }

    [Fact]
    public void Value_sets_over_their_bounds_are_refused_naming_them()
    {
        var tooManyEntries = new JsonArray([.. Enumerable.Range(0, RuleSetLimits.MaxValueSetEntries + 1).Select(i => (JsonNode)$"v{i}")]);
        var sets = new JsonObject { ["big"] = tooManyEntries, ["long"] = new JsonArray(new string('x', 65)), ["9bad"] = new JsonArray("a") };

        var result = Read(RuleSetDocuments.Document("SG", 1, From, [RuleSetDocuments.StayAtMost("SG", 1, 14)], sets));

        Assert.Equal(["$.valueSets.9bad", "$.valueSets.big", "$.valueSets.long[0]"], result.Problems.Select(p => p.Path).Order());
        Assert.Contains("at most 1,000", Problems(result));
    }

    [Fact]
    public void A_document_over_the_byte_bound_is_refused_before_it_is_parsed()
    {
        var result = RuleSetReader.Read(new byte[RuleSetLimits.MaxDocumentBytes + 1]);

        Assert.Contains("at most 524,288 bytes", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void The_header_is_read_even_when_a_rule_is_refused()
    {
        var result = Read(RuleSetDocuments.Document("SG", 4, From, [RuleSetDocuments.Rule("SG", 1, """{ "nope": [] }""", type: "Invalidation")]));

        Assert.False(result.IsValid);
        Assert.Equal(new RuleSetHeader("SG", 4, From, InvalidationOnly: true), result.Header);
    }
}
