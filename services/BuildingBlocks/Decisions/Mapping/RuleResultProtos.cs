using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Judging;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Mapping;

/// <summary>
/// A rule's result in proto form, built once per rule, result and language and then shared by every
/// answer that reports it: a decision lists every rule of the set, and building those messages anew
/// was a large share of a decision's cost. Shared messages are never modified after they are built
/// (protobuf serialisation only reads them). Results with an error carry their own message and are not kept.
/// </summary>
internal static class RuleResultProtos
{
    // Keyed by the compiled rule itself, so entries go when the rule set holding it is dropped.
    private static readonly ConditionalWeakTable<RuleEnvelope, ConcurrentDictionary<(RuleResultKind, string), Proto.RuleResult>> Built = new();

    public static Proto.RuleResult Of(RuleJudgement result) =>
        result.Error is not null
            ? Build(result)
            : Built.GetOrCreateValue(result.Rule).GetOrAdd((result.Result, result.DescriptionLanguage), static (_, r) => Build(r), result);

    private static Proto.RuleResult Build(RuleJudgement result) => new()
    {
        Identifier = result.Identifier,
        Version = result.Version.ToString(),
        Result = result.Result switch
        {
            RuleResultKind.Passed => Proto.RuleResultKind.Passed,
            RuleResultKind.Failed => Proto.RuleResultKind.Failed,
            RuleResultKind.NotApplicable => Proto.RuleResultKind.NotApplicable,
            _ => Proto.RuleResultKind.Error,
        },
        FailureOutcome = result.FailureOutcome == RuleOutcome.Refer ? Proto.RuleFailureOutcome.Refer : Proto.RuleFailureOutcome.Deny,
        Description = result.Description,
        DescriptionLanguage = result.DescriptionLanguage,
        Error = result.Error ?? "",
    };
}
