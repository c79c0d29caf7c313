using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Decisions.Tests.Application.SampleApplications;

namespace TravelCorridor.Decisions.Tests.Application;

/// <summary>The application checks eligibility and clearance share: every problem at once, each at its field.</summary>
public sealed class ApplicationChecksTests
{
    private static readonly HashSet<string> Members = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH"];

    [Fact]
    public void A_complete_application_passes_and_gives_its_departure_and_arrival()
    {
        new RequestValidator().Application(Full(), "application", Members.Contains, out var instants).ThrowIfInvalid();

        Assert.Equal(new TripInstants(Departure, Arrival), instants);
    }

    [Fact]
    public void An_application_with_only_the_required_parts_passes() =>
        new RequestValidator().Application(Minimal(), "application", Members.Contains).ThrowIfInvalid();

    [Fact]
    public void A_missing_application_is_reported_at_its_field() =>
        Assert.Equal([new FieldViolation("cases[2].application", "is required")], Violations(null, "cases[2].application"));

    [Fact]
    public void An_application_with_several_problems_lists_every_one_with_its_full_path()
    {
        var application = Full();
        application.Traveller.Document.Number = "A-123";
        application.Traveller.Document.ExpiryDate = "2030-02-30";
        application.Traveller.Nationality = "my";
        application.Trip.Destination = "XX";
        application.Trip.ArrivalTime = Timestamp.FromDateTimeOffset(Departure.AddHours(-1));
        application.Trip.StayDays = -2;
        application.Health.Tests[1].Result = TestResult.Unspecified;
        application.Health.Vaccinations[0].DoseNumber = 3;
        application.Insurance.Currency = "usd";

        Assert.Equal(
        [
            new("application.traveller.document.number", "'A-123' must be capital letters A to Z and digits only, without spaces or separators"),
            new("application.traveller.document.expiry_date", "'2030-02-30' is not a calendar date: February 2030 has 28 days"),
            new("application.traveller.nationality", "'my' is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)"),
            new("application.trip.destination", "'XX' is not a member state"),
            new("application.trip.arrival_time", "2026-03-01T07:30:00Z is before the departure_time (2026-03-01T08:30:00Z)"),
            new("application.trip.stay_days", "must be from 0 to 3,650 days, not -2"),
            new("application.health.tests[1].result", "is required: one of NEGATIVE, POSITIVE"),
            new("application.health.vaccinations[0].total_doses", "must be at least the dose_number (3), not 2: a course cannot end before this dose"),
            new FieldViolation("application.insurance.currency", "'usd' is not an ISO 4217 currency code of three capital letters (e.g. SGD)"),
        ], Violations(application));
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void Each_bound_of_the_proto_is_enforced_with_a_precise_message(string change)
    {
        var (apply, field, message) = ApplicationBounds.Refused[change];
        var application = Full();
        apply(application);

        Assert.Equal([new FieldViolation(field, message)], Violations(application));
    }

    [Theory]
    [MemberData(nameof(AcceptedNames))]
    public void A_value_at_the_edge_of_its_bounds_is_accepted(string change)
    {
        var application = Full();
        ApplicationBounds.Accepted[change](application);

        Assert.Empty(Violations(application));
    }

    [Fact]
    public void The_entries_of_an_oversized_list_are_not_checked_one_by_one()
    {
        var application = Full();
        application.Health.Tests.Clear();
        application.Health.Tests.AddRange(Enumerable.Range(0, 1_000).Select(_ => new HealthTest()));

        Assert.Equal([new FieldViolation("application.health.tests", "must have at most 20 entries, not 1000")], Violations(application));
    }

    [Fact]
    public void Membership_is_asked_only_about_well_formed_origin_and_destination_codes()
    {
        var asked = new List<string>();
        var application = Full();
        application.Trip.Origin = "Malaysia";

        new RequestValidator().Application(application, "application", code => { asked.Add(code); return true; });

        Assert.Equal(["SG"], asked);
    }

    [Fact]
    public void A_missing_trip_gives_no_instants_and_skips_the_checks_that_need_them()
    {
        var application = Full();
        application.Trip = null;

        var v = new RequestValidator().Application(application, "application", Members.Contains, out var instants);

        Assert.Null(instants);
        Assert.Equal([new FieldViolation("application.trip", "is required")], Violations(v));
    }

    [Fact]
    public void Messages_read_the_same_whatever_the_servers_culture()
    {
        var application = Full();
        application.Traveller.DateOfBirth = "2026-03-02";
        application.Trip.Purpose = (TravelPurpose)(-1);
        application.Trip.StayDays = 3_651;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Thai dates count Buddhist-era years; Swedish writes minus as U+2212 and groups with spaces.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var thai = Violations(application);
            CultureInfo.CurrentCulture = new CultureInfo("sv-SE");
            var swedish = Violations(application);

            Assert.Equal(thai, swedish);
            Assert.Equal(
            [
                new("application.traveller.date_of_birth", "'2026-03-02' is after the departure (2026-03-01T08:30:00Z)"),
                new("application.trip.purpose", "-1 is not a travel purpose: use one of ESSENTIAL_BUSINESS, OFFICIAL, STUDY, MEDICAL, HUMANITARIAN, TOURISM"),
                new FieldViolation("application.trip.stay_days", "must be from 0 to 3,650 days, not 3,651"),
            ], swedish.OrderBy(v => v.Field, StringComparer.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    public static TheoryData<string> RefusedNames => [.. ApplicationBounds.Refused.Keys];

    public static TheoryData<string> AcceptedNames => [.. ApplicationBounds.Accepted.Keys];

    private static IReadOnlyList<FieldViolation> Violations(TravellerApplication? application, string field = "application") =>
        Violations(new RequestValidator().Application(application, field, Members.Contains));

    private static IReadOnlyList<FieldViolation> Violations(RequestValidator v) =>
        v.IsValid ? [] : Assert.Throws<InvalidArgumentException>(v.ThrowIfInvalid).Violations;
}
