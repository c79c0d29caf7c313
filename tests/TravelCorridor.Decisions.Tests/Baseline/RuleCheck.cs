using System.Text.Json.Nodes;
using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Decisions.Tests.Baseline;

/// <summary>Evaluates one baseline rule on a data context and insists on a plain yes or no.</summary>
internal static class RuleCheck
{
    private static readonly IReadOnlyDictionary<string, RuleEnvelope> SingaporeRules = BaselineTemplate.Rules("SG");

    public static RuleEnvelope Rule(string identifier) => SingaporeRules[identifier];

    public static IEnumerable<RuleEnvelope> All => SingaporeRules.Values;

    /// <summary>
    /// Whether the rule passes on <paramref name="context"/>. Fails the test when the rule throws or answers
    /// anything but a boolean, and when the compiled rule and the reference interpreter disagree.
    /// </summary>
    public static bool Passes(string identifier, JsonNode context) => Passes(Rule(identifier), context);

    public static bool Passes(RuleEnvelope rule, JsonNode context)
    {
        var data = CertLogicValue.Parse(context.ToJsonString());
        var result = rule.CompiledLogic.Evaluate(data);
        Assert.True(result.Kind == CertLogicValueKind.Boolean, $"{rule.Identifier} answered {result.ToDisplayString()}, not true or false");
        var interpreted = CertLogicInterpreter.Evaluate(rule.Logic, data, strict: true);
        Assert.True(CertLogicValue.DeepEquals(result, interpreted), $"{rule.Identifier}: compiled {result.ToDisplayString()}, interpreted {interpreted.ToDisplayString()}");
        return result.AsBoolean();
    }
}
