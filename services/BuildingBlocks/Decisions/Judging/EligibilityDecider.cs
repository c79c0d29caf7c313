using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.MembershipSnapshot;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Decisions.Judging;

/// <summary>
/// Decides on one (already validated) application, recording nothing: membership first, from one
/// snapshot view; then the destination's rule set in force at the instant. Eligibility's EvaluateEligibility
/// and clearance's ClearTraveller both decide here, so the same application always gets the same decision.
/// </summary>
public sealed class EligibilityDecider(IMembershipSnapshot membership, RuleSetCatalog catalog)
{
    /// <param name="at">The instant to judge at; the arrival time when null.</param>
    /// <param name="language">Language for rule descriptions; English where a rule has none in it.</param>
    public EligibilityDecision Decide(TravellerApplication application, DateTimeOffset? at, string language) =>
        Decide(application, at, language, trip => catalog.ActiveAt(trip.Destination, At(application, at))?.Set);

    /// <summary>Decides with <paramref name="ruleSet"/> in place of the destination's own (to test a proposed set).</summary>
    /// <param name="stop">Stops between rules: a test call over its budget, or whose caller left.</param>
    public EligibilityDecision DecideWith(RuleSet ruleSet, TravellerApplication application, DateTimeOffset? at, string language,
        CancellationToken stop = default) =>
        Decide(application, at, language, _ => ruleSet, stop);

    private EligibilityDecision Decide(TravellerApplication application, DateTimeOffset? at, string language, Func<TripFacts, RuleSet?> ruleSetFor,
        CancellationToken stop = default)
    {
        var view = membership.Current;
        if (!view.IsLoaded)
        {
            throw new UnavailableException("MEMBERSHIP_NOT_LOADED",
                "This node has not yet loaded membership, so it cannot decide; retry shortly.");
        }
        var instant = At(application, at);
        var trip = RuleSetEvaluation.TripOf(application);
        var reasons = MembershipCheck.Judge(view, trip, out var corridor);
        if (reasons.Count > 0)
        {
            return new(DecisionOutcome.Denied, reasons, [], instant, trip.Destination, EligibilityDecision.NoRuleSet, view.Sequence);
        }
        if (ruleSetFor(trip) is not { } ruleSet)
        {
            return new(DecisionOutcome.Referred,
                [new(DecisionReason.NoActiveRuleSet, $"{trip.Destination} has no rule set in force at {instant:O}; an officer must decide")],
                [], instant, trip.Destination, EligibilityDecision.NoRuleSet, view.Sequence);
        }
        var terms = corridor is null ? CorridorTerms.Unknown : CorridorTerms.Of(corridor);
        var (outcome, results) = RuleSetEvaluation.Judge(ruleSet, application, instant, language, terms, stop);
        return new(outcome, [], results, instant, trip.Destination, ruleSet.Version, view.Sequence);
    }

    private static DateTimeOffset At(TravellerApplication application, DateTimeOffset? at) =>
        at ?? application.Trip.ArrivalTime.ToDateTimeOffset();
}
