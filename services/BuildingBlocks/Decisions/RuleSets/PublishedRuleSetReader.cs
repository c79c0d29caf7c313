using TravelCorridor.Signing;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>Reads the rule set inside a signed form, without verifying the signature (done before it was stored).</summary>
public static class PublishedRuleSetReader
{
    public static RuleSetReadResult Read(string signedRuleSet)
    {
        if (!CompactJws.TryParse(signedRuleSet, out var jws, out var problem, RuleSetLimits.MaxSignedLength))
        {
            return new(null, [new("$", $"the signed rule set is not a compact JWS: {problem}")], []);
        }
        return RuleSetReader.Read(jws.Payload);
    }
}
