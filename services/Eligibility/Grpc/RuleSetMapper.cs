using System.Text;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.V1;

namespace TravelCorridor.Eligibility.Grpc;

/// <summary>Rule sets in their proto form.</summary>
public static class RuleSetMapper
{
    public static V1.RuleSet ToProto(this CatalogedRuleSet cataloged)
    {
        var proto = cataloged.Set.ToProto();
        if (cataloged.Published is { } published)
        {
            proto.SignedRuleSet = published.Signed;
            proto.KeyId = published.KeyId;
            proto.PublishedAt = Timestamp.FromDateTimeOffset(published.PublishedAt);
            proto.PublishedBy = published.PublishedBy;
        }
        return proto;
    }

    public static V1.RuleSet ToProto(this Decisions.RuleSets.RuleSet set)
    {
        var proto = new V1.RuleSet
        {
            Member = set.Member,
            Version = set.Version,
            ValidFrom = Timestamp.FromDateTimeOffset(set.ValidFrom),
            Seed = set.IsSeed,
        };
        proto.Rules.AddRange(set.Rules.Select(ToProto));
        proto.ValueSets.AddRange(set.ValueSets.Select(v => new ValueSet { Name = v.Key, Values = { v.Value } }));
        return proto;
    }

    public static RuleSetVersionSummary ToSummary(this CatalogedRuleSet cataloged) => new()
    {
        Version = cataloged.Version,
        ValidFrom = Timestamp.FromDateTimeOffset(cataloged.Set.ValidFrom),
        Seed = cataloged.Set.IsSeed,
        RuleCount = cataloged.Set.Rules.Count,
        KeyId = cataloged.Published?.KeyId ?? "",
        PublishedAt = cataloged.Published is { } p ? Timestamp.FromDateTimeOffset(p.PublishedAt) : null,
    };

    public static RuleSetFinding ToFinding(this RuleProblem problem) => new() { Path = problem.Path, Message = problem.Message };

    private static Rule ToProto(RuleEnvelope rule)
    {
        var proto = new Rule
        {
            Identifier = rule.Identifier,
            Version = rule.Version.ToString(),
            Type = rule.Type.ToString(),
            Outcome = rule.Outcome == CertLogic.Rules.RuleOutcome.Refer ? V1.RuleOutcome.Refer : V1.RuleOutcome.Deny,
            ValidFrom = Timestamp.FromDateTimeOffset(rule.ValidFrom),
            ValidTo = Timestamp.FromDateTimeOffset(rule.ValidTo),
            EnvelopeJson = rule.Json.GetRawText(),
        };
        proto.Origins.AddRange(rule.Origins);
        proto.Purposes.AddRange(rule.Purposes);
        proto.Descriptions.AddRange(rule.Description.Select(d => new LocalizedText { Language = d.Lang, Text = d.Desc }));
        return proto;
    }
}
