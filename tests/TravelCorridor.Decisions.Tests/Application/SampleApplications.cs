using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Samples;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Tests.Application;

/// <summary>Valid applications to start from; each test changes what it is about.</summary>
internal static class SampleApplications
{
    public static readonly DateTimeOffset Departure = SampleApplication.Departure;
    public static readonly DateTimeOffset Arrival = SampleApplication.Arrival;

    /// <summary>A business trip from Malaysia to Singapore with every part filled in: two tests, three doses.</summary>
    public static TravellerApplication Full() => SampleApplication.Full();

    /// <summary>Only what is required: no given names, point of entry, sponsor, health or insurance.</summary>
    public static TravellerApplication Minimal() => new()
    {
        Traveller = new Traveller
        {
            Document = new TravelDocument { Type = DocumentType.IdentityCard, Number = "S1234567D", IssuingState = "SG", ExpiryDate = "2031-01-01" },
            Nationality = "SG",
            DateOfBirth = "1990-01-01",
            FamilyName = "Tan",
        },
        Trip = new Trip
        {
            Origin = "SG",
            Destination = "MY",
            Purpose = TravelPurpose.Tourism,
            DepartureTime = Timestamp.FromDateTimeOffset(Departure),
            ArrivalTime = Timestamp.FromDateTimeOffset(Departure),
        },
    };
}
