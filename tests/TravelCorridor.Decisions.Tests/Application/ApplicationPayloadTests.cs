using Google.Protobuf.WellKnownTypes;
using TravelCorridor.CertLogic;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Tests.Application;

/// <summary>The payload rule authors write against: exactly the documented shape.</summary>
public sealed class ApplicationPayloadTests
{
    [Fact]
    public void A_full_application_becomes_the_documented_payload()
    {
        var payload = ApplicationPayload.From(SampleApplications.Full());

        DataAssert.Equal("""
            {
              "traveller": {
                "document": { "type": "PASSPORT", "number": "A12345678", "issuingState": "MY", "expiryDate": "2030-12-31" },
                "nationality": "MY", "dateOfBirth": "1985-07-14", "givenNames": "Aisyah binti", "familyName": "Rahman"
              },
              "trip": {
                "origin": "MY", "destination": "SG", "purpose": "ESSENTIAL_BUSINESS",
                "departureTime": "2026-03-01T08:30:00Z", "arrivalTime": "2026-03-01T10:30:00.250Z",
                "stayDays": 7, "pointOfEntry": "SIN", "controlledItinerary": true, "daysInOriginBeforeDeparture": 21
              },
              "sponsor": { "organisation": "Petronas Berhad", "reference": "SG-RGL-2026-0042" },
              "health": {
                "tests": [
                  { "type": "PCR", "result": "NEGATIVE", "sampleTime": "2026-02-28T02:30:00Z" },
                  { "type": "RAT", "result": "NEGATIVE", "sampleTime": "2026-03-01T05:30:00Z" }
                ],
                "vaccinations": [
                  { "product": "EU/1/20/1528", "doseNumber": 1, "totalDoses": 2, "date": "2021-06-01" },
                  { "product": "EU/1/20/1528", "doseNumber": 2, "totalDoses": 2, "date": "2021-06-22" },
                  { "product": "EU/1/20/1507", "doseNumber": 1, "totalDoses": 1, "date": "2022-01-10" }
                ]
              },
              "insurance": { "coverageAmount": 50000, "currency": "SGD", "validUntil": "2026-03-31" }
            }
            """, payload);
    }

    [Fact]
    public void A_minimal_application_leaves_out_empty_strings_and_still_has_both_health_lists()
    {
        var payload = ApplicationPayload.From(SampleApplications.Minimal());

        DataAssert.Equal("""
            {
              "traveller": {
                "document": { "type": "IDENTITY_CARD", "number": "S1234567D", "issuingState": "SG", "expiryDate": "2031-01-01" },
                "nationality": "SG", "dateOfBirth": "1990-01-01", "familyName": "Tan"
              },
              "trip": {
                "origin": "SG", "destination": "MY", "purpose": "TOURISM",
                "departureTime": "2026-03-01T08:30:00Z", "arrivalTime": "2026-03-01T08:30:00Z",
                "stayDays": 0, "controlledItinerary": false, "daysInOriginBeforeDeparture": 0
              },
              "sponsor": null,
              "health": { "tests": [], "vaccinations": [] },
              "insurance": null
            }
            """, payload);
    }

    [Fact]
    public void Unspecified_enums_read_as_null_and_unset_parts_are_null_or_left_out()
    {
        var application = new TravellerApplication
        {
            Traveller = new Traveller(),
            Trip = new Trip(),
            Health = new Health { Tests = { new HealthTest() } },
        };

        DataAssert.Equal("""
            {
              "traveller": { "document": null },
              "trip": { "purpose": null, "stayDays": 0, "controlledItinerary": false, "daysInOriginBeforeDeparture": 0 },
              "sponsor": null,
              "health": { "tests": [ { "result": null } ], "vaccinations": [] },
              "insurance": null
            }
            """, ApplicationPayload.From(application));
        DataAssert.Equal("""{ "traveller": null, "trip": null, "sponsor": null, "health": { "tests": [], "vaccinations": [] }, "insurance": null }""",
            ApplicationPayload.From(new TravellerApplication()));
    }

    [Fact]
    public void An_enum_number_the_proto_does_not_define_reads_as_null()
    {
        var application = SampleApplications.Full();
        application.Traveller.Document.Type = (DocumentType)42;
        application.Trip.Purpose = (TravelPurpose)42;

        var payload = ApplicationPayload.From(application);

        Assert.True(Read(Read(Read(payload, "traveller"), "document"), "type").IsNull);
        Assert.True(Read(Read(payload, "trip"), "purpose").IsNull);
    }

    [Theory]
    [InlineData(0, 0, "1970-01-01T00:00:00Z")]
    [InlineData(1_772_353_800, 250_000_000, "2026-03-01T08:30:00.250Z")]
    [InlineData(1_772_353_800, 1_000_000, "2026-03-01T08:30:00.001Z")]
    [InlineData(1_772_353_800, 999_999, "2026-03-01T08:30:00Z")]
    [InlineData(1_772_353_800, 999_999_999, "2026-03-01T08:30:00.999Z")]
    [InlineData(-62_135_596_800, 0, "0001-01-01T00:00:00Z")]
    [InlineData(253_402_300_799, 999_999_999, "9999-12-31T23:59:59.999Z")]
    public void Timestamps_are_utc_with_milliseconds_only_when_there_are_some(long seconds, int nanos, string expected)
    {
        var application = SampleApplications.Minimal();
        application.Trip.DepartureTime = new Timestamp { Seconds = seconds, Nanos = nanos };

        Assert.Equal(expected, Read(Read(ApplicationPayload.From(application), "trip"), "departureTime").AsString());
    }

    [Fact]
    public void A_timestamp_validation_would_refuse_is_not_converted()
    {
        var application = SampleApplications.Minimal();
        application.Trip.ArrivalTime = new Timestamp { Seconds = 253_402_300_800 };

        Assert.Throws<ArgumentOutOfRangeException>(() => ApplicationPayload.From(application));
    }

    [Fact]
    public void Purposes_are_named_as_rules_and_corridor_terms_name_them()
    {
        Assert.Equal("ESSENTIAL_BUSINESS", PurposeNames.Of(TravelPurpose.EssentialBusiness));
        Assert.Equal("HUMANITARIAN", PurposeNames.Of(TravelPurpose.Humanitarian));
        Assert.Null(PurposeNames.Of(TravelPurpose.Unspecified));
        Assert.Equal("ESSENTIAL_BUSINESS, OFFICIAL, STUDY, MEDICAL, HUMANITARIAN, TOURISM", PurposeNames.Listing);
    }

    private static CertLogicValue Read(CertLogicValue value, string key) =>
        value.TryGetProperty(key, out var property) ? property : throw new KeyNotFoundException(key);
}
