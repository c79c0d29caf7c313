using Google.Protobuf.Collections;
using TravelCorridor.CertLogic;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Application.Data;

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
public static class ApplicationPayload
{
    /// <summary>The <c>payload</c> object of <paramref name="application"/> (see the remarks for its shape).</summary>
    public static CertLogicValue From(TravellerApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var payload = new PropertyList(5);
        payload.Add("traveller", application.Traveller is { } traveller ? Traveller(traveller) : CertLogicValue.Null);
        payload.Add("trip", application.Trip is { } trip ? Trip(trip) : CertLogicValue.Null);
        payload.Add("sponsor", application.Sponsor is { } sponsor ? Sponsor(sponsor) : CertLogicValue.Null);
        payload.Add("health", Health(application.Health));
        payload.Add("insurance", application.Insurance is { } insurance ? Insurance(insurance) : CertLogicValue.Null);
        return payload.ToValue();
    }

    private static CertLogicValue Traveller(Traveller traveller)
    {
        var value = new PropertyList(5);
        value.Add("document", traveller.Document is { } document ? Document(document) : CertLogicValue.Null);
        value.AddText("nationality", traveller.Nationality);
        value.AddText("dateOfBirth", traveller.DateOfBirth);
        value.AddText("givenNames", traveller.GivenNames);
        value.AddText("familyName", traveller.FamilyName);
        return value.ToValue();
    }

    private static CertLogicValue Document(TravelDocument document)
    {
        var value = new PropertyList(4);
        value.AddName("type", ApplicationEnumNames.DocumentTypes.Of((int)document.Type));
        value.AddText("number", document.Number);
        value.AddText("issuingState", document.IssuingState);
        value.AddText("expiryDate", document.ExpiryDate);
        return value.ToValue();
    }

    private static CertLogicValue Trip(Trip trip)
    {
        var value = new PropertyList(9);
        value.AddText("origin", trip.Origin);
        value.AddText("destination", trip.Destination);
        value.AddName("purpose", PurposeNames.Of(trip.Purpose));
        value.AddInstant("departureTime", trip.DepartureTime);
        value.AddInstant("arrivalTime", trip.ArrivalTime);
        value.Add("stayDays", trip.StayDays);
        value.AddText("pointOfEntry", trip.PointOfEntry);
        value.Add("controlledItinerary", trip.ControlledItinerary);
        value.Add("daysInOriginBeforeDeparture", trip.DaysInOriginBeforeDeparture);
        return value.ToValue();
    }

    private static CertLogicValue Sponsor(Sponsor sponsor)
    {
        var value = new PropertyList(2);
        value.AddText("organisation", sponsor.Organisation);
        value.AddText("reference", sponsor.Reference);
        return value.ToValue();
    }

    private static CertLogicValue Health(Health? health)
    {
        var value = new PropertyList(2);
        value.Add("tests", health is null ? CertLogicValue.EmptyArray : Array(health.Tests, Test));
        value.Add("vaccinations", health is null ? CertLogicValue.EmptyArray : Array(health.Vaccinations, Vaccination));
        return value.ToValue();
    }

    private static CertLogicValue Test(HealthTest test)
    {
        var value = new PropertyList(3);
        value.AddText("type", test.Type);
        value.AddName("result", ApplicationEnumNames.TestResults.Of((int)test.Result));
        value.AddInstant("sampleTime", test.SampleTime);
        return value.ToValue();
    }

    private static CertLogicValue Vaccination(Vaccination vaccination)
    {
        var value = new PropertyList(4);
        value.AddText("product", vaccination.Product);
        value.Add("doseNumber", vaccination.DoseNumber);
        value.Add("totalDoses", vaccination.TotalDoses);
        value.AddText("date", vaccination.Date);
        return value.ToValue();
    }

    private static CertLogicValue Insurance(Insurance insurance)
    {
        var value = new PropertyList(3);
        value.Add("coverageAmount", insurance.CoverageAmount);
        value.AddText("currency", insurance.Currency);
        value.AddText("validUntil", insurance.ValidUntil);
        return value.ToValue();
    }

    private static CertLogicValue Array<T>(RepeatedField<T> items, Func<T, CertLogicValue> convert)
    {
        if (items.Count == 0)
        {
            return CertLogicValue.EmptyArray;
        }
        var values = new CertLogicValue[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = convert(items[i]);
        }
        return CertLogicValue.FromArray(values);
    }
}
