using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Judging;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// A case in our traveller-application format, as read by <see cref="ApplicationCaseReader"/>: the application
/// (checked as the node checks it), the instant to judge at, and what a node would know besides: value sets
/// and the corridor's terms. Usable only without a <see cref="Problem"/>; a case with one is not run.
/// </summary>
/// <param name="At">The case's <c>evaluationTime</c>, or the trip's arrival time as on a node.</param>
/// <param name="ValueSets">The case's own <c>valueSets</c>; null when it gives none.</param>
public sealed record ApplicationCase(
    TravellerApplication? Application,
    DateTimeOffset At,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ValueSets,
    CorridorTerms Terms,
    string? Problem)
{
    /// <summary>
    /// <c>{ payload, external }</c> as a node builds it for one rule, with the case's value sets: built by the
    /// service's own converter, so a rule sees here exactly what it sees in a decision.
    /// </summary>
    public CertLogicValue Data()
    {
        var application = Application ?? throw new InvalidOperationException($"the case is not usable: {Problem}");
        var valueSets = ValueSets is null ? ValueSetData.Empty : ValueSetData.From(ValueSets);
        return EvaluationData.For(application, ExternalFacts.For(application, At, valueSets, Terms.MaxStayDays, Terms.Purposes));
    }
}
