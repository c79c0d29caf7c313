using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// The CertLogic <c>external</c> object: what rules know besides the application.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "validationClock": "2026-03-01T08:30:00Z",
///   "origin": "MY", "destination": "SG", "purpose": "ESSENTIAL_BUSINESS",
///   "valueSets": { "accepted-test-types": ["PCR", "RAT"], … },
///   "maxStayDays": 14,
///   "purposes": ["ESSENTIAL_BUSINESS", "OFFICIAL"]
/// }
/// </code>
/// Every key is always present. <c>validationClock</c> is formatted as the payload's timestamps are (UTC,
/// milliseconds only when not zero). <c>origin</c>, <c>destination</c> and <c>purpose</c> repeat the
/// trip's, null when empty or unspecified. <c>valueSets</c> is the rule set's (see <see cref="ValueSetData"/>).
/// <c>maxStayDays</c> and <c>purposes</c> are the corridor's terms: null and <c>[]</c> when unknown.
/// </remarks>
public static class ExternalData
{
    public static CertLogicValue From(ExternalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var external = new PropertyList();
        external.Add(DataKeys.ValidationClock, CertLogicValue.FromString(InstantText.Format(facts.ValidationClock)));
        external.AddName(DataKeys.Origin, NullIfEmpty(facts.Origin));
        external.AddName(DataKeys.Destination, NullIfEmpty(facts.Destination));
        external.AddName(DataKeys.Purpose, NullIfEmpty(facts.Purpose));
        external.Add(DataKeys.ValueSets, facts.ValueSets);
        external.Add(DataKeys.MaxStayDays, facts.MaxStayDays is { } days ? CertLogicValue.FromNumber(days) : CertLogicValue.Null);
        external.Add(DataKeys.Purposes, facts.CorridorPurposes is { } purposes ? ValueSetData.Strings(purposes) : CertLogicValue.EmptyArray);
        return external.ToValue();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
