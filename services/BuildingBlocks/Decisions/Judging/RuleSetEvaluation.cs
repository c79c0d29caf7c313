using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Decisions.Judging;

/// <summary>
/// The rules' part of a decision on one application: the data built once, every rule in force judged,
/// the outcome they add up to. The node's decisions and corridorctl's offline <c>rules test</c> both
/// run this, so a rule author sees locally what a node will decide (membership aside).
/// </summary>
public static class RuleSetEvaluation
{
    public static (DecisionOutcome Outcome, IReadOnlyList<RuleJudgement> Results) Judge(
        RuleSet ruleSet, TravellerApplication application, DateTimeOffset at, string language, CorridorTerms terms, CancellationToken stop = default)
    {
        var trip = TripOf(application);
        var facts = ExternalFacts.For(application, at, ruleSet.ValueSetsData, terms.MaxStayDays, terms.Purposes);
        var results = RuleJudge.Judge(ruleSet, EvaluationData.For(application, facts), at, trip, language, stop);
        return (RuleJudge.Outcome(results), results);
    }

    public static TripFacts TripOf(TravellerApplication application) =>
        new(application.Trip.Origin, application.Trip.Destination, PurposeNames.Of(application.Trip.Purpose) ?? "", application.Trip.StayDays);
}
