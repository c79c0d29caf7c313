using TravelCorridor.CertLogic;

namespace TravelCorridor.Decisions.Data;

/// <summary>
/// Every key of <c>{payload, external}</c>, made once: building an object from ready keys costs no
/// string interning per conversion (about 65 ns a key, some 60 keys a decision).
/// </summary>
internal static class DataKeys
{
    public static readonly CertLogicKey Payload = CertLogicKey.Of("payload");
    public static readonly CertLogicKey External = CertLogicKey.Of("external");

    public static readonly CertLogicKey Traveller = CertLogicKey.Of("traveller");
    public static readonly CertLogicKey Trip = CertLogicKey.Of("trip");
    public static readonly CertLogicKey Sponsor = CertLogicKey.Of("sponsor");
    public static readonly CertLogicKey Health = CertLogicKey.Of("health");
    public static readonly CertLogicKey Insurance = CertLogicKey.Of("insurance");

    public static readonly CertLogicKey Document = CertLogicKey.Of("document");
    public static readonly CertLogicKey Nationality = CertLogicKey.Of("nationality");
    public static readonly CertLogicKey DateOfBirth = CertLogicKey.Of("dateOfBirth");
    public static readonly CertLogicKey GivenNames = CertLogicKey.Of("givenNames");
    public static readonly CertLogicKey FamilyName = CertLogicKey.Of("familyName");

    public static readonly CertLogicKey Type = CertLogicKey.Of("type");
    public static readonly CertLogicKey Number = CertLogicKey.Of("number");
    public static readonly CertLogicKey IssuingState = CertLogicKey.Of("issuingState");
    public static readonly CertLogicKey ExpiryDate = CertLogicKey.Of("expiryDate");

    public static readonly CertLogicKey Origin = CertLogicKey.Of("origin");
    public static readonly CertLogicKey Destination = CertLogicKey.Of("destination");
    public static readonly CertLogicKey Purpose = CertLogicKey.Of("purpose");
    public static readonly CertLogicKey DepartureTime = CertLogicKey.Of("departureTime");
    public static readonly CertLogicKey ArrivalTime = CertLogicKey.Of("arrivalTime");
    public static readonly CertLogicKey StayDays = CertLogicKey.Of("stayDays");
    public static readonly CertLogicKey PointOfEntry = CertLogicKey.Of("pointOfEntry");
    public static readonly CertLogicKey ControlledItinerary = CertLogicKey.Of("controlledItinerary");
    public static readonly CertLogicKey DaysInOriginBeforeDeparture = CertLogicKey.Of("daysInOriginBeforeDeparture");

    public static readonly CertLogicKey Organisation = CertLogicKey.Of("organisation");
    public static readonly CertLogicKey Reference = CertLogicKey.Of("reference");

    public static readonly CertLogicKey Tests = CertLogicKey.Of("tests");
    public static readonly CertLogicKey Vaccinations = CertLogicKey.Of("vaccinations");
    public static readonly CertLogicKey Result = CertLogicKey.Of("result");
    public static readonly CertLogicKey SampleTime = CertLogicKey.Of("sampleTime");
    public static readonly CertLogicKey Product = CertLogicKey.Of("product");
    public static readonly CertLogicKey DoseNumber = CertLogicKey.Of("doseNumber");
    public static readonly CertLogicKey TotalDoses = CertLogicKey.Of("totalDoses");
    public static readonly CertLogicKey Date = CertLogicKey.Of("date");

    public static readonly CertLogicKey CoverageAmount = CertLogicKey.Of("coverageAmount");
    public static readonly CertLogicKey Currency = CertLogicKey.Of("currency");
    public static readonly CertLogicKey ValidUntil = CertLogicKey.Of("validUntil");

    public static readonly CertLogicKey ValidationClock = CertLogicKey.Of("validationClock");
    public static readonly CertLogicKey ValueSets = CertLogicKey.Of("valueSets");
    public static readonly CertLogicKey MaxStayDays = CertLogicKey.Of("maxStayDays");
    public static readonly CertLogicKey Purposes = CertLogicKey.Of("purposes");
}
