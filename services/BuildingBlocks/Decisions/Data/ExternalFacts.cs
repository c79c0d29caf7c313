using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// What a decision knows besides the application, as rules read it under <c>external</c> (see
/// <see cref="ExternalData"/>).
/// </summary>
/// <param name="ValidationClock">The instant the application is judged at.</param>
/// <param name="Origin">The trip's origin member code.</param>
/// <param name="Destination">The trip's destination member code (the rule set's member).</param>
/// <param name="Purpose">The trip's purpose as <see cref="PurposeNames.Of"/> names it; null when unspecified.</param>
/// <param name="ValueSets">The rule set's value sets, converted once per rule set by <see cref="ValueSetData.From"/>.</param>
/// <param name="MaxStayDays">The corridor's longest stay in days; null when the corridor's terms are unknown.</param>
/// <param name="CorridorPurposes">The purposes the corridor covers (names as <see cref="PurposeNames"/>); empty when unknown.</param>
public sealed record ExternalFacts(
    DateTimeOffset ValidationClock,
    string Origin,
    string Destination,
    string? Purpose,
    CertLogicValue ValueSets,
    int? MaxStayDays,
    IReadOnlyList<string> CorridorPurposes)
{
    /// <summary>The facts for <paramref name="application"/>'s trip: origin, destination and purpose read from it.</summary>
    public static ExternalFacts For(
        TravellerApplication application,
        DateTimeOffset validationClock,
        CertLogicValue valueSets,
        int? maxStayDays,
        IReadOnlyList<string> corridorPurposes)
    {
        ArgumentNullException.ThrowIfNull(application);
        var trip = application.Trip ?? new Trip();
        return new(validationClock, trip.Origin, trip.Destination, PurposeNames.Of(trip.Purpose), valueSets, maxStayDays, corridorPurposes);
    }
}
