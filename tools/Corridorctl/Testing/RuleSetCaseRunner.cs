using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// Judges each case with <see cref="RuleSetEvaluation.Judge"/>, the rules' part of a node's decision, with the
/// case's corridor terms. Membership (member states active, an open corridor covering the trip) is the node's
/// part and is not judged here. Null <paramref name="ruleSet"/>: the set could not be read, so no case runs.
/// </summary>
public sealed class RuleSetCaseRunner(RuleSet? ruleSet, string language)
{
    public RuleSetCaseResult Run(RuleSetCase testCase)
    {
        if (testCase.Problem is not null || testCase.Application?.Application is not { } application)
        {
            return NotRun(testCase, testCase.Problem ?? "the case has no usable application");
        }
        if (ruleSet is null)
        {
            return NotRun(testCase, "the rule set has problems, so no case was run");
        }

        var destination = application.Trip.Destination;
        if (destination != ruleSet.Member)
        {
            // As TestRuleSet refuses it: the set's rules judge travellers entering its own member only.
            return NotRun(testCase, $"application.trip.destination: is {destination}, but the rule set is {ruleSet.Member}'s: " +
                $"its rules judge travellers entering {ruleSet.Member}");
        }

        var at = testCase.Application.At;
        var (outcome, rules) = RuleSetEvaluation.Judge(ruleSet, application, at, language, testCase.Application.Terms);
        return new(testCase, outcome, rules, at, null);
    }

    private static RuleSetCaseResult NotRun(RuleSetCase testCase, string problem) => new(testCase, null, [], null, problem);
}
