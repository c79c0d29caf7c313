using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// A traveller application as rules read it: the CertLogic <c>payload</c>. This shape is the contract
/// rule authors write against; change it only with the rules that read it.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "traveller": {
///     "document": { "type", "number", "issuingState", "expiryDate" },
///     "nationality", "dateOfBirth", "givenNames", "familyName"
///   },
///   "trip": {
///     "origin", "destination", "purpose", "departureTime", "arrivalTime", "stayDays",
///     "pointOfEntry", "controlledItinerary", "daysInOriginBeforeDeparture"
///   },
///   "sponsor": { "organisation", "reference" } | null,
///   "health": {
///     "tests": [ { "type", "result", "sampleTime" } ],
///     "vaccinations": [ { "product", "doseNumber", "totalDoses", "date" } ]
///   },
///   "insurance": { "coverageAmount", "currency", "validUntil" } | null
/// }
/// </code>
/// <list type="bullet">
/// <item>Keys are the proto field names in lowerCamelCase, in the order above.</item>
/// <item>A string field left empty is left out, so <c>{"var": "payload.traveller.givenNames"}</c> reads
/// null; other strings are copied as they are, "YYYY-MM-DD" dates (<c>expiryDate</c>, <c>dateOfBirth</c>,
/// <c>date</c>, <c>validUntil</c>) included.</item>
/// <item>Enums are their names without the prefix: <c>type</c> "PASSPORT", "DIPLOMATIC_PASSPORT",
/// "IDENTITY_CARD", "TRAVEL_DOCUMENT"; <c>purpose</c> as <see cref="PurposeNames"/> ("ESSENTIAL_BUSINESS");
/// <c>result</c> "NEGATIVE", "POSITIVE". UNSPECIFIED (or a number the proto does not define) is null.</item>
/// <item>Timestamps (<c>departureTime</c>, <c>arrivalTime</c>, <c>sampleTime</c>) are UTC date-time
/// strings, <c>2026-03-01T08:30:00Z</c>, with milliseconds only when they are not zero
/// (<c>2026-03-01T08:30:00.250Z</c>; anything finer is cut off). An unset timestamp is left out.</item>
/// <item>Numbers (<c>stayDays</c>, <c>daysInOriginBeforeDeparture</c>, <c>doseNumber</c>,
/// <c>totalDoses</c>, <c>coverageAmount</c>) are numbers and <c>controlledItinerary</c> a boolean, always
/// present (proto3 cannot tell 0 or false from unset).</item>
/// <item><c>sponsor</c> and <c>insurance</c> are null when the application has none; an absent
/// <c>traveller</c>, <c>document</c> or <c>trip</c> (which validation refuses) is null too.</item>
/// <item><c>health</c> is always an object with both arrays, empty when no health evidence was given,
/// so a rule can <c>reduce</c> over <c>payload.health.tests</c> without a null check.</item>
/// </list>
/// Convert only an application that passed <see cref="Validation.ApplicationChecks"/>: a timestamp
/// outside 0001–9999 throws <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public static partial class ApplicationPayload
{
    /// <summary>The <c>payload</c> object of <paramref name="application"/> (see the remarks for its shape).</summary>
    public static CertLogicValue From(TravellerApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var payload = new PropertyList();
        payload.Add(DataKeys.Traveller, application.Traveller is { } traveller ? Traveller(traveller) : CertLogicValue.Null);
        payload.Add(DataKeys.Trip, application.Trip is { } trip ? Trip(trip) : CertLogicValue.Null);
        payload.Add(DataKeys.Sponsor, application.Sponsor is { } sponsor ? Sponsor(sponsor) : CertLogicValue.Null);
        payload.Add(DataKeys.Health, Health(application.Health));
        payload.Add(DataKeys.Insurance, application.Insurance is { } insurance ? Insurance(insurance) : CertLogicValue.Null);
        return payload.ToValue();
    }

    private static CertLogicValue Traveller(Traveller traveller)
    {
        var value = new PropertyList();
        value.Add(DataKeys.Document, traveller.Document is { } document ? Document(document) : CertLogicValue.Null);
        value.AddText(DataKeys.Nationality, traveller.Nationality);
        value.AddText(DataKeys.DateOfBirth, traveller.DateOfBirth);
        value.AddText(DataKeys.GivenNames, traveller.GivenNames);
        value.AddText(DataKeys.FamilyName, traveller.FamilyName);
        return value.ToValue();
    }

    private static CertLogicValue Document(TravelDocument document)
    {
        var value = new PropertyList();
        value.AddName(DataKeys.Type, ApplicationEnumNames.DocumentTypes.Of((int)document.Type));
        value.AddText(DataKeys.Number, document.Number);
        value.AddText(DataKeys.IssuingState, document.IssuingState);
        value.AddText(DataKeys.ExpiryDate, document.ExpiryDate);
        return value.ToValue();
    }

    private static CertLogicValue Trip(Trip trip)
    {
        var value = new PropertyList();
        value.AddText(DataKeys.Origin, trip.Origin);
        value.AddText(DataKeys.Destination, trip.Destination);
        value.AddName(DataKeys.Purpose, PurposeNames.Of(trip.Purpose));
        value.AddInstant(DataKeys.DepartureTime, trip.DepartureTime);
        value.AddInstant(DataKeys.ArrivalTime, trip.ArrivalTime);
        value.Add(DataKeys.StayDays, trip.StayDays);
        value.AddText(DataKeys.PointOfEntry, trip.PointOfEntry);
        value.Add(DataKeys.ControlledItinerary, trip.ControlledItinerary);
        value.Add(DataKeys.DaysInOriginBeforeDeparture, trip.DaysInOriginBeforeDeparture);
        return value.ToValue();
    }

    private static CertLogicValue Sponsor(Sponsor sponsor)
    {
        var value = new PropertyList();
        value.AddText(DataKeys.Organisation, sponsor.Organisation);
        value.AddText(DataKeys.Reference, sponsor.Reference);
        return value.ToValue();
    }

    private static CertLogicValue Insurance(Insurance insurance)
    {
        var value = new PropertyList();
        value.Add(DataKeys.CoverageAmount, insurance.CoverageAmount);
        value.AddText(DataKeys.Currency, insurance.Currency);
        value.AddText(DataKeys.ValidUntil, insurance.ValidUntil);
        return value.ToValue();
    }
}
