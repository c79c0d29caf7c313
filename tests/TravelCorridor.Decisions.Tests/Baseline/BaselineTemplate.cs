using System.Reflection;
using System.Text.Json.Nodes;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.Tests.Baseline;

/// <summary>
/// The baseline rule-set template as the node ships it (an embedded resource of the decision core, TravelCorridor.Decisions),
/// with the member code put in place of the placeholder <c>XX</c> the way the seed loader does it.
/// </summary>
internal static class BaselineTemplate
{
    public const string ResourceName = "Seed/baseline-rule-set.json";

    public const string Placeholder = "XX";

    public static string Text()
    {
        var assembly = typeof(Decisions.RuleSets.BaselineRuleSets).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonObject Document() => JsonNode.Parse(Text())!.AsObject();

    /// <summary>The template with <paramref name="member"/> in <c>member</c>, every <c>Country</c> and every identifier.</summary>
    public static JsonObject For(string member)
    {
        var document = Document();
        document["member"] = member;
        foreach (var rule in document["rules"]!.AsArray().Select(r => r!.AsObject()))
        {
            rule["Country"] = member;
            rule["Identifier"] = rule["Identifier"]!.GetValue<string>().Replace($"-{Placeholder}-", $"-{member}-", StringComparison.Ordinal);
        }

        return document;
    }

    /// <summary>Every rule of the template for <paramref name="member"/>, parsed strictly, by identifier.</summary>
    public static IReadOnlyDictionary<string, RuleEnvelope> Rules(string member = "SG") =>
        For(member)["rules"]!.AsArray()
            .Select(rule => RuleEnvelopeParser.Parse(rule!.ToJsonString(), strict: true).GetRuleOrThrow())
            .ToDictionary(rule => rule.Identifier);

    /// <summary>The template's value sets, as <c>external.valueSets</c> carries them.</summary>
    public static JsonObject ValueSets() => Document()["valueSets"]!.DeepClone().AsObject();
}
