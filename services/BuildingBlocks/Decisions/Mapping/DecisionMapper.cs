using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Decisions.Judging;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Mapping;

/// <summary>A decision in the shared proto form, the one eligibility and clearance both answer with.</summary>
public static class DecisionMapper
{
    public static Proto.Decision ToProto(this EligibilityDecision decision)
    {
        var proto = new Proto.Decision
        {
            Outcome = decision.Outcome.ToProto(),
            EvaluatedAt = Timestamp.FromDateTimeOffset(decision.EvaluatedAt),
            RuleSetMember = decision.RuleSetMember,
            RuleSetVersion = decision.RuleSetVersion,
            MembershipSequence = decision.MembershipSequence,
        };
        proto.Reasons.AddRange(decision.Reasons.Select(r => new Proto.DecisionReason { Code = r.Code, Message = r.Message }));
        foreach (var result in decision.RuleResults)
        {
            proto.RuleResults.Add(RuleResultProtos.Of(result));
        }
        return proto;
    }

    public static Proto.DecisionOutcome ToProto(this DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Cleared => Proto.DecisionOutcome.Cleared,
        DecisionOutcome.Referred => Proto.DecisionOutcome.Referred,
        _ => Proto.DecisionOutcome.Denied,
    };
}
