using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.Judging;

/// <summary>
/// The rules' part of a decision: of each rule identifier the highest version valid at the instant, those
/// whose Origins and Purposes match the trip evaluated on the data, and the outcome they add up to — any
/// failed DENY rule denies; else any failed REFER rule or any error refers (an error never clears anyone);
/// else the traveller is cleared.
/// </summary>
public static class RuleJudge
{
    /// <param name="stop">Checked before each rule: a caller gone, or a call over its budget, stops between rules.</param>
    public static IReadOnlyList<RuleJudgement> Judge(RuleSet ruleSet, in CertLogicValue data, DateTimeOffset at, TripFacts trip, string language,
        CancellationToken stop = default)
    {
        var groups = ruleSet.Index.Groups;
        var results = new List<RuleJudgement>(groups.Count);
        foreach (var versions in groups)
        {
            stop.ThrowIfCancellationRequested();
            if (RuleIndex.InForce(versions, at) is { } rule)
            {
                results.Add(Judge(rule, data, trip, language));
            }
        }
        return results;
    }

    public static DecisionOutcome Outcome(IEnumerable<RuleJudgement> results)
    {
        var outcome = DecisionOutcome.Cleared;
        foreach (var result in results)
        {
            var judged = result.Result switch
            {
                RuleResultKind.Failed when result.FailureOutcome == RuleOutcome.Deny => DecisionOutcome.Denied,
                RuleResultKind.Failed or RuleResultKind.Error => DecisionOutcome.Referred,
                _ => DecisionOutcome.Cleared,
            };
            outcome = (DecisionOutcome)Math.Max((int)outcome, (int)judged);
        }
        return outcome;
    }

    private static RuleJudgement Judge(RuleEnvelope rule, in CertLogicValue data, TripFacts trip, string language)
    {
        var (description, descriptionLanguage) = Describe(rule, language);
        RuleJudgement Result(RuleResultKind kind, string? error = null) => new(rule, kind, description, descriptionLanguage, error);

        if (!AppliesTo(rule.Origins, trip.Origin) || !AppliesTo(rule.Purposes, trip.Purpose))
        {
            return Result(RuleResultKind.NotApplicable);
        }
        try
        {
            var value = rule.CompiledLogic.Evaluate(data);
            return Result(value.Kind == CertLogicValueKind.Boolean && value.AsBoolean() ? RuleResultKind.Passed : RuleResultKind.Failed);
        }
        catch (CertLogicException e)
        {
            return Result(RuleResultKind.Error, e.Message);
        }
    }

    /// <summary>An empty list means every origin (or purpose).</summary>
    private static bool AppliesTo(IReadOnlyList<string> list, string value)
    {
        if (list.Count == 0)
        {
            return true;
        }
        foreach (var item in list)
        {
            if (item == value)
            {
                return true;
            }
        }
        return false;
    }

    private static (string Text, string Language) Describe(RuleEnvelope rule, string language)
    {
        foreach (var description in rule.Description)
        {
            if (description.Lang == language)
            {
                return (description.Desc, description.Lang);
            }
        }
        return (rule.DescriptionIn("en"), "en");
    }
}
