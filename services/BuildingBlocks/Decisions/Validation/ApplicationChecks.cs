using System.Globalization;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Decisions.Validation.ApplicationLimits;

namespace TravelCorridor.Decisions.Validation;

/// <summary>
/// The checks of a traveller application that eligibility and clearance share: every bound that
/// traveller_application.proto states, each violation reported with its full proto field path
/// (<c>application.traveller.document.number</c>, <c>application.health.tests[1].sample_time</c>) and a
/// message a border officer can act on. Nothing stops at the first problem.
/// </summary>
public static partial class ApplicationChecks
{
    /// <inheritdoc cref="Application(RequestValidator, TravellerApplication?, string, Func{string, bool}, out TripInstants?, DateTimeOffset?)"/>
    public static RequestValidator Application(
        this RequestValidator v, TravellerApplication? application, string field, Func<string, bool> isMemberState,
        DateTimeOffset? decidedAt = null) =>
        v.Application(application, field, isMemberState, out _, decidedAt);

    /// <summary>
    /// Checks <paramref name="application"/>, reported under <paramref name="field"/> (e.g. <c>application</c>
    /// or <c>cases[2].application</c>). <paramref name="isMemberState"/> is asked about the trip's origin and
    /// destination once each is a well-formed code. <paramref name="instants"/> are the trip's departure and
    /// arrival when both are valid timestamps. With <paramref name="decidedAt"/>, the instant of a real decision,
    /// health evidence dated after it (beyond <see cref="ApplicationLimits.EvidenceClockSkew"/>) is refused: a test
    /// sampled tomorrow cannot be read today. Hypothetical cases (rule tests) pass none.
    /// </summary>
    public static RequestValidator Application(
        this RequestValidator v,
        TravellerApplication? application,
        string field,
        Func<string, bool> isMemberState,
        out TripInstants? instants,
        DateTimeOffset? decidedAt = null)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(isMemberState);
        instants = null;
        if (application is null)
        {
            return v.Add(field, "is required");
        }

        var paths = ApplicationFieldPaths.For(field);
        var dateOfBirth = v.Traveller(application.Traveller, paths);
        instants = v.Trip(application.Trip, paths, isMemberState);
        if (dateOfBirth is { } born && instants is { } trip)
        {
            v.BornByDeparture(born, trip.Departure, paths.DateOfBirth);
        }
        if (application.Sponsor is { } sponsor)
        {
            v.Text(sponsor.Organisation, paths.SponsorOrganisation, MaxTextLength);
            v.Text(sponsor.Reference, paths.SponsorReference, MaxTextLength, required: false);
        }
        if (application.Health is { } health)
        {
            v.Health(health, paths, instants?.Arrival, decidedAt + EvidenceClockSkew);
        }
        if (application.Insurance is { } insurance)
        {
            v.Range(insurance.CoverageAmount, paths.CoverageAmount, 0, MaxCoverageAmount);
            v.Currency(insurance.Currency, paths.Currency);
            v.CalendarDate(insurance.ValidUntil, paths.ValidUntil, out _);
        }
        return v;
    }

    /// <summary>
    /// A date has no time zone, so it is after an instant only if it has begun nowhere on Earth by then:
    /// its earliest start is midnight at UTC+14. A traveller born on the day of departure in Kiribati,
    /// still the day before in UTC, is not refused.
    /// </summary>
    private static void BornByDeparture(this RequestValidator v, DateOnly born, DateTimeOffset departure, string field)
    {
        var earliestStart = born.DayNumber * TimeSpan.TicksPerDay - 14 * TimeSpan.TicksPerHour;
        if (earliestStart > departure.UtcTicks)
        {
            v.Add(field, $"'{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}' is after the departure ({InstantText.Format(departure)})");
        }
    }
}
