using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// The baseline rule set (the Reciprocal Green Lanes' terms ATCAF built on) for any member: one template
/// written for the placeholder member <c>XX</c> (Seed/baseline-rule-set.json, built into this assembly),
/// made into each member's version 0 on first use and then kept. Seeds are local to a node: never stored,
/// never published, and replaced by any version the member publishes.
/// </summary>
public sealed class BaselineRuleSets
{
    private const string Placeholder = "XX";
    private const string ResourceName = "Seed/baseline-rule-set.json";

    private readonly ConcurrentDictionary<string, RuleSet> byMember = new(StringComparer.Ordinal);
    private readonly Lazy<string> template = new(ReadTemplate);

    public RuleSet For(string member) => byMember.GetOrAdd(member, Build);

    private RuleSet Build(string member)
    {
        var document = JsonNode.Parse(template.Value)!.AsObject();
        document["member"] = member;
        foreach (var rule in document["rules"]!.AsArray())
        {
            rule!["Country"] = member;
            rule["Identifier"] = rule["Identifier"]!.GetValue<string>().Replace($"-{Placeholder}-", $"-{member}-", StringComparison.Ordinal);
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions { WriteIndented = true });
        var read = RuleSetReader.Read(bytes, allowSeed: true);
        return read.RuleSet is { Version: 0 } seed
            ? seed
            // The template ships with the code and a test reads it for every member: reaching here is a build defect.
            : throw new InvalidOperationException($"The baseline rule set is not valid for {member}: {string.Join("; ", read.Problems)}");
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(BaselineRuleSets).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The baseline rule set resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
