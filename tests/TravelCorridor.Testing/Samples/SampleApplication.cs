using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Samples;

/// <summary>
/// The sample traveller the eligibility tests and the benchmarks share (compiled into both, so a benchmark needs
/// nothing of the test fixtures). Fixed instants: a trip in March 2026, judged as it was then.
/// </summary>
public static class SampleApplication
{
    public static readonly DateTimeOffset Departure = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Arrival = Departure.AddHours(2).AddMilliseconds(250);

    /// <summary>A business trip from Malaysia to Singapore with every part filled in: two tests, three doses.</summary>
    public static TravellerApplication Full() => new()
    {
        Traveller = new Traveller
        {
            Document = new TravelDocument
            {
                Type = DocumentType.Passport,
                Number = "A12345678",
                IssuingState = "MY",
                ExpiryDate = "2030-12-31",
            },
            Nationality = "MY",
            DateOfBirth = "1985-07-14",
            GivenNames = "Aisyah binti",
            FamilyName = "Rahman",
        },
        Trip = new Trip
        {
            Origin = "MY",
            Destination = "SG",
            Purpose = TravelPurpose.EssentialBusiness,
            DepartureTime = Timestamp.FromDateTimeOffset(Departure),
            ArrivalTime = Timestamp.FromDateTimeOffset(Arrival),
            StayDays = 7,
            PointOfEntry = "SIN",
            ControlledItinerary = true,
            DaysInOriginBeforeDeparture = 21,
        },
        Sponsor = new Sponsor { Organisation = "Petronas Berhad", Reference = "SG-RGL-2026-0042" },
        Health = new Health
        {
            Tests =
            {
                new HealthTest { Type = "PCR", Result = TestResult.Negative, SampleTime = Timestamp.FromDateTimeOffset(Departure.AddHours(-30)) },
                new HealthTest { Type = "RAT", Result = TestResult.Negative, SampleTime = Timestamp.FromDateTimeOffset(Departure.AddHours(-3)) },
            },
            Vaccinations =
            {
                new Vaccination { Product = "EU/1/20/1528", DoseNumber = 1, TotalDoses = 2, Date = "2021-06-01" },
                new Vaccination { Product = "EU/1/20/1528", DoseNumber = 2, TotalDoses = 2, Date = "2021-06-22" },
                new Vaccination { Product = "EU/1/20/1507", DoseNumber = 1, TotalDoses = 1, Date = "2022-01-10" },
            },
        },
        Insurance = new Insurance { CoverageAmount = 50_000, Currency = "SGD", ValidUntil = "2026-03-31" },
    };
}
