using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Type.V1;
using static TravelCorridor.Decisions.Tests.Application.SampleApplications;

namespace TravelCorridor.Decisions.Tests.Application;

/// <summary>
/// One change per bound that traveller_application.proto states, applied to <see cref="SampleApplications.Full"/>:
/// just past the bound (with the one violation it must cause) and just at it (accepted).
/// </summary>
internal static class ApplicationBounds
{
    private const string Documents = "PASSPORT, DIPLOMATIC_PASSPORT, IDENTITY_CARD, TRAVEL_DOCUMENT";
    private const string Purposes = "ESSENTIAL_BUSINESS, OFFICIAL, STUDY, MEDICAL, HUMANITARIAN, TOURISM";
    private const string Traveller = "application.traveller";
    private const string Document = "application.traveller.document";
    private const string Trip = "application.trip";
    private const string Test = "application.health.tests[0]";
    private const string Dose = "application.health.vaccinations[2]";
    private const string Insurance = "application.insurance";

    public static readonly Dictionary<string, (Action<TravellerApplication> Apply, string Field, string Message)> Refused = new()
    {
        ["no traveller"] = (a => a.Traveller = null, Traveller, "is required"),
        ["no document"] = (a => a.Traveller.Document = null, Document, "is required"),
        ["unspecified document type"] = (a => a.Traveller.Document.Type = DocumentType.Unspecified, $"{Document}.type", $"is required: one of {Documents}"),
        ["undefined document type"] = (a => a.Traveller.Document.Type = (DocumentType)7, $"{Document}.type", $"7 is not a document type: use one of {Documents}"),
        ["no document number"] = (a => a.Traveller.Document.Number = "", $"{Document}.number", "is required"),
        ["document number of 21"] = (a => a.Traveller.Document.Number = new string('9', 21), $"{Document}.number", "must be at most 20 characters, not 21"),
        ["document number in lower case"] = (a => a.Traveller.Document.Number = "a1234567", $"{Document}.number", "'a1234567' must be capital letters A to Z and digits only, without spaces or separators"),
        ["document number with a space"] = (a => a.Traveller.Document.Number = "A 1234567", $"{Document}.number", "'A 1234567' must be capital letters A to Z and digits only, without spaces or separators"),
        ["issuing state of three letters"] = (a => a.Traveller.Document.IssuingState = "MYS", $"{Document}.issuing_state", "'MYS' is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)"),
        ["no issuing state"] = (a => a.Traveller.Document.IssuingState = "", $"{Document}.issuing_state", "is required"),
        ["no expiry date"] = (a => a.Traveller.Document.ExpiryDate = "", $"{Document}.expiry_date", "is required"),
        ["expiry date written day first"] = (a => a.Traveller.Document.ExpiryDate = "31/12/2030", $"{Document}.expiry_date", "'31/12/2030' is not a date in the form YYYY-MM-DD (e.g. 2026-03-01)"),
        ["expiry date with a time"] = (a => a.Traveller.Document.ExpiryDate = "2030-12-31T00:00:00Z", $"{Document}.expiry_date", "'2030-12-31T00:00:00Z' is not a date in the form YYYY-MM-DD (e.g. 2026-03-01)"),
        ["expiry date in month 13"] = (a => a.Traveller.Document.ExpiryDate = "2030-13-01", $"{Document}.expiry_date", "'2030-13-01' is not a calendar date: there is no month 13"),
        ["expiry date on day 0"] = (a => a.Traveller.Document.ExpiryDate = "2030-01-00", $"{Document}.expiry_date", "'2030-01-00' is not a calendar date: January 2030 has 31 days"),
        ["expiry date on 29 February of a common year"] = (a => a.Traveller.Document.ExpiryDate = "2030-02-29", $"{Document}.expiry_date", "'2030-02-29' is not a calendar date: February 2030 has 28 days"),
        ["expiry date in year 0"] = (a => a.Traveller.Document.ExpiryDate = "0000-01-01", $"{Document}.expiry_date", "'0000-01-01' is not a calendar date: there is no year 0000"),
        ["no nationality"] = (a => a.Traveller.Nationality = "", $"{Traveller}.nationality", "is required"),
        ["nationality with a newline"] = (a => a.Traveller.Nationality = "MY\n", $"{Traveller}.nationality", "'MY\\n' is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)"),
        ["no date of birth"] = (a => a.Traveller.DateOfBirth = "", $"{Traveller}.date_of_birth", "is required"),
        ["born the day after departure everywhere"] = (a => a.Traveller.DateOfBirth = "2026-03-02", $"{Traveller}.date_of_birth", "'2026-03-02' is after the departure (2026-03-01T08:30:00Z)"),
        ["given names of 101"] = (a => a.Traveller.GivenNames = new string('a', 101), $"{Traveller}.given_names", "must be at most 100 characters, not 101"),
        ["blank family name"] = (a => a.Traveller.FamilyName = "  ", $"{Traveller}.family_name", "is required"),
        ["family name of 101"] = (a => a.Traveller.FamilyName = new string('a', 101), $"{Traveller}.family_name", "must be at most 100 characters, not 101"),
        ["family name with a right-to-left override"] = (a => a.Traveller.FamilyName = "Rah\u202Eman", $"{Traveller}.family_name", "must not contain control or invisible characters (U+202E at position 3)"),
        ["no trip"] = (a => a.Trip = null, Trip, "is required"),
        ["no origin"] = (a => a.Trip.Origin = "", $"{Trip}.origin", "is required"),
        ["origin not a member"] = (a => a.Trip.Origin = "VN", $"{Trip}.origin", "'VN' is not a member state"),
        ["destination in lower case"] = (a => a.Trip.Destination = "sg", $"{Trip}.destination", "'sg' is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)"),
        ["destination is the origin"] = (a => a.Trip.Destination = "MY", $"{Trip}.destination", "must not be the origin ('MY'): a trip goes from one member state to another"),
        ["unspecified purpose"] = (a => a.Trip.Purpose = TravelPurpose.Unspecified, $"{Trip}.purpose", $"is required: one of {Purposes}"),
        ["undefined purpose"] = (a => a.Trip.Purpose = (TravelPurpose)99, $"{Trip}.purpose", $"99 is not a travel purpose: use one of {Purposes}"),
        ["no departure time"] = (a => a.Trip.DepartureTime = null, $"{Trip}.departure_time", "is required"),
        ["no arrival time"] = (a => a.Trip.ArrivalTime = null, $"{Trip}.arrival_time", "is required"),
        ["arrival after year 9999"] = (a => a.Trip.ArrivalTime = new Timestamp { Seconds = 253_402_300_800 }, $"{Trip}.arrival_time",
            "must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z (seconds -62135596800 to 253402300799), not seconds 253402300800"),
        ["negative nanos of departure"] = (a => a.Trip.DepartureTime.Nanos = -1, $"{Trip}.departure_time", "nanos must be from 0 to 999999999, not -1"),
        ["arrival a millisecond before departure"] = (a => a.Trip.ArrivalTime = Timestamp.FromDateTimeOffset(Departure.AddMilliseconds(-1)), $"{Trip}.arrival_time",
            "2026-03-01T08:29:59.999Z is before the departure_time (2026-03-01T08:30:00Z)"),
        ["negative stay"] = (a => a.Trip.StayDays = -1, $"{Trip}.stay_days", "must be from 0 to 3,650 days, not -1"),
        ["stay of 3,651 days"] = (a => a.Trip.StayDays = 3_651, $"{Trip}.stay_days", "must be from 0 to 3,650 days, not 3,651"),
        ["point of entry of 65"] = (a => a.Trip.PointOfEntry = new string('P', 65), $"{Trip}.point_of_entry", "must be at most 64 characters, not 65"),
        ["negative days in origin"] = (a => a.Trip.DaysInOriginBeforeDeparture = -1, $"{Trip}.days_in_origin_before_departure", "must be from 0 to 36,500 days, not -1"),
        ["36,501 days in origin"] = (a => a.Trip.DaysInOriginBeforeDeparture = 36_501, $"{Trip}.days_in_origin_before_departure", "must be from 0 to 36,500 days, not 36,501"),
        ["sponsor without organisation"] = (a => a.Sponsor.Organisation = "", "application.sponsor.organisation", "is required"),
        ["sponsor reference of 101"] = (a => a.Sponsor.Reference = new string('R', 101), "application.sponsor.reference", "must be at most 100 characters, not 101"),
        ["21 tests"] = (a => a.Health.Tests.Add(Enumerable.Repeat(a.Health.Tests[0], 19)), "application.health.tests", "must have at most 20 entries, not 21"),
        ["21 vaccinations"] = (a => a.Health.Vaccinations.Add(Enumerable.Repeat(a.Health.Vaccinations[2], 18)), "application.health.vaccinations", "must have at most 20 entries, not 21"),
        ["no test type"] = (a => a.Health.Tests[0].Type = "", $"{Test}.type", "is required"),
        ["test type of 33"] = (a => a.Health.Tests[0].Type = new string('T', 33), $"{Test}.type", "must be at most 32 characters, not 33"),
        ["undefined test result"] = (a => a.Health.Tests[0].Result = (TestResult)5, $"{Test}.result", "5 is not a test result: use one of NEGATIVE, POSITIVE"),
        ["no sample time"] = (a => a.Health.Tests[0].SampleTime = null, $"{Test}.sample_time", "is required"),
        ["sample taken after arrival"] = (a => a.Health.Tests[0].SampleTime = Timestamp.FromDateTimeOffset(Arrival.AddSeconds(1)), $"{Test}.sample_time",
            "2026-03-01T10:30:01.250Z is after the trip's arrival_time (2026-03-01T10:30:00.250Z)"),
        ["no product"] = (a => a.Health.Vaccinations[2].Product = "", $"{Dose}.product", "is required"),
        ["product of 65"] = (a => a.Health.Vaccinations[2].Product = new string('V', 65), $"{Dose}.product", "must be at most 64 characters, not 65"),
        ["dose 0"] = (a => a.Health.Vaccinations[2].DoseNumber = 0, $"{Dose}.dose_number", "must be from 1 to 9, not 0"),
        ["dose 10 of 9"] = (a => (a.Health.Vaccinations[2].DoseNumber, a.Health.Vaccinations[2].TotalDoses) = (10, 9), $"{Dose}.dose_number", "must be from 1 to 9, not 10"),
        ["course of 0 doses"] = (a => (a.Health.Vaccinations[2].DoseNumber, a.Health.Vaccinations[2].TotalDoses) = (1, 0), $"{Dose}.total_doses", "must be from 1 to 9, not 0"),
        ["course of 10 doses"] = (a => a.Health.Vaccinations[2].TotalDoses = 10, $"{Dose}.total_doses", "must be from 1 to 9, not 10"),
        ["dose 2 of 1"] = (a => a.Health.Vaccinations[2].DoseNumber = 2, $"{Dose}.total_doses", "must be at least the dose_number (2), not 1: a course cannot end before this dose"),
        ["no vaccination date"] = (a => a.Health.Vaccinations[2].Date = "", $"{Dose}.date", "is required"),
        ["negative coverage"] = (a => a.Insurance.CoverageAmount = -1, $"{Insurance}.coverage_amount", "must be from 0 to 1,000,000,000, not -1"),
        ["coverage above a billion"] = (a => a.Insurance.CoverageAmount = 1_000_000_001, $"{Insurance}.coverage_amount", "must be from 0 to 1,000,000,000, not 1,000,000,001"),
        ["no currency"] = (a => a.Insurance.Currency = "", $"{Insurance}.currency", "is required"),
        ["currency of four letters"] = (a => a.Insurance.Currency = "SGDX", $"{Insurance}.currency", "'SGDX' is not an ISO 4217 currency code of three capital letters (e.g. SGD)"),
        ["no cover end"] = (a => a.Insurance.ValidUntil = "", $"{Insurance}.valid_until", "is required"),
        ["cover end not a date"] = (a => a.Insurance.ValidUntil = "next year", $"{Insurance}.valid_until", "'next year' is not a date in the form YYYY-MM-DD (e.g. 2026-03-01)"),
    };

    public static readonly Dictionary<string, Action<TravellerApplication>> Accepted = new()
    {
        ["document number of 20"] = a => a.Traveller.Document.Number = "A1234567890123456789",
        ["issuing state that is not a member"] = a => a.Traveller.Document.IssuingState = "GB",
        ["expiry on a leap day"] = a => a.Traveller.Document.ExpiryDate = "2028-02-29",
        ["born on the day of departure where that day began first"] = a => a.Traveller.DateOfBirth = "2026-03-01",
        ["family name of 100 with a zero-width joiner"] = a => a.Traveller.FamilyName = "\u0915\u094D\u200D" + new string('a', 97),
        ["no given names"] = a => a.Traveller.GivenNames = "",
        ["arrival at the instant of departure"] = a => a.Trip.ArrivalTime = a.Trip.DepartureTime,
        ["stay of 0 days"] = a => a.Trip.StayDays = 0,
        ["stay of 3,650 days"] = a => a.Trip.StayDays = 3_650,
        ["point of entry of 64"] = a => a.Trip.PointOfEntry = new string('P', 64),
        ["36,500 days in origin"] = a => a.Trip.DaysInOriginBeforeDeparture = 36_500,
        ["sponsor without reference"] = a => a.Sponsor.Reference = "",
        ["20 tests"] = a => a.Health.Tests.Add(Enumerable.Repeat(a.Health.Tests[0], 18)),
        ["20 vaccinations"] = a => a.Health.Vaccinations.Add(Enumerable.Repeat(a.Health.Vaccinations[2], 17)),
        ["test type of 32"] = a => a.Health.Tests[0].Type = new string('T', 32),
        ["sample taken at arrival"] = a => a.Health.Tests[0].SampleTime = a.Trip.ArrivalTime,
        ["product of 64"] = a => a.Health.Vaccinations[2].Product = new string('V', 64),
        ["dose 9 of 9"] = a => (a.Health.Vaccinations[2].DoseNumber, a.Health.Vaccinations[2].TotalDoses) = (9, 9),
        ["health without tests or vaccinations"] = a => a.Health = new Health(),
        ["no coverage"] = a => a.Insurance.CoverageAmount = 0,
        ["coverage of a billion"] = a => a.Insurance.CoverageAmount = 1_000_000_000,
        ["no sponsor, health or insurance"] = a => (a.Sponsor, a.Health, a.Insurance) = (null, null, null),
    };
}
