using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;

namespace TravelCorridor.Eligibility.Domain.Decisions;

/// <summary>
/// The rules' part of a decision: of each rule identifier the highest version valid at the instant, those
/// whose Origins and Purposes match the trip evaluated on the data, and the outcome they add up to — any
/// failed DENY rule denies; else any failed REFER rule or any error refers (an error never clears anyone);
/// else the traveller is cleared.
/// </summary>
public static class RuleJudge
{
    public static IReadOnlyList<RuleJudgement> Judge(RuleSet ruleSet, in CertLogicValue data, DateTimeOffset at, TripFacts trip, string language)
    {
        var inForce = ruleSet.Rules
            .Where(r => r.ValidFrom <= at && at < r.ValidTo)
            .GroupBy(r => r.Identifier, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Version)!)
            .OrderBy(r => r.Identifier, StringComparer.Ordinal);
        var results = new List<RuleJudgement>();
        foreach (var rule in inForce)
        {
            results.Add(Judge(rule, data, trip, language));
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
        RuleJudgement Result(RuleResultKind kind, string? error = null) =>
            new(rule.Identifier, rule.Version, kind, rule.Outcome, description, descriptionLanguage, error);

        if ((rule.Origins.Count > 0 && !rule.Origins.Contains(trip.Origin)) ||
            (rule.Purposes.Count > 0 && !rule.Purposes.Contains(trip.Purpose)))
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

    private static (string Text, string Language) Describe(RuleEnvelope rule, string language) =>
        rule.Description.FirstOrDefault(d => d.Lang == language) is { } localized
            ? (localized.Desc, localized.Lang)
            : (rule.DescriptionIn("en"), "en");
}
