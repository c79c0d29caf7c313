using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Testing;

/// <summary>
/// Applications for trips that arrive about two and a half days from now: late enough that rule sets published
/// now (in force 48 h after publication at the earliest) judge them, early enough to be cleared now
/// (Clearance:MaxLeadTime, 72 h), with a test sampled an hour ago (evidence cannot be dated after the decision).
/// </summary>
public static class Travellers
{
    /// <summary>A complete essential-business trip MY → SG that meets the RGL terms: the test changes what it is about.</summary>
    public static TravellerApplication BusinessTrip(string origin = "MY", string destination = "SG", DateTimeOffset? departure = null)
    {
        var now = DateTimeOffset.UtcNow;
        var leaves = departure ?? new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddHours(60);
        var sampled = leaves.AddHours(-30) < now ? leaves.AddHours(-30) : now.AddHours(-1);
        return new TravellerApplication
        {
            Traveller = new Traveller
            {
                Document = new TravelDocument { Type = DocumentType.Passport, Number = "A12345678", IssuingState = origin, ExpiryDate = "2035-12-31" },
                Nationality = origin,
                DateOfBirth = "1985-07-14",
                GivenNames = "Aisyah",
                FamilyName = "Rahman",
            },
            Trip = new Trip
            {
                Origin = origin,
                Destination = destination,
                Purpose = TravelPurpose.EssentialBusiness,
                DepartureTime = Timestamp.FromDateTimeOffset(leaves),
                ArrivalTime = Timestamp.FromDateTimeOffset(leaves.AddHours(2)),
                StayDays = 7,
                PointOfEntry = "SIN",
                ControlledItinerary = true,
                DaysInOriginBeforeDeparture = 30,
            },
            Sponsor = new Sponsor { Organisation = "Petronas Berhad", Reference = "RGL-0042" },
            Health = new Health
            {
                Tests = { new HealthTest { Type = "PCR", Result = TestResult.Negative, SampleTime = Timestamp.FromDateTimeOffset(sampled) } },
                Vaccinations = { new Vaccination { Product = "EU/1/20/1528", DoseNumber = 2, TotalDoses = 2, Date = "2025-06-01" } },
            },
        };
    }
}
