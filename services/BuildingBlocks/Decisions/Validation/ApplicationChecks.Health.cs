using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Decisions.Validation.ApplicationLimits;

namespace TravelCorridor.Decisions.Validation;

// Health evidence: tests taken by the arrival and not after the decision, vaccination doses within their course
// and given by the decision.
public static partial class ApplicationChecks
{
    /// <param name="latest">The latest instant evidence may be dated (the decision plus the clock skew), or null.</param>
    private static void Health(this RequestValidator v, Health health, ApplicationFieldPaths paths, DateTimeOffset? arrival, DateTimeOffset? latest)
    {
        // Counted first: the entries of an oversized list are not looked at one by one.
        if (v.WithinCount(health.Tests.Count, paths.Tests, MaxTests))
        {
            for (var i = 0; i < health.Tests.Count; i++)
            {
                v.Test(health.Tests[i], paths.Test(i), arrival, latest);
            }
        }
        if (v.WithinCount(health.Vaccinations.Count, paths.Vaccinations, MaxVaccinations))
        {
            for (var i = 0; i < health.Vaccinations.Count; i++)
            {
                v.Vaccination(health.Vaccinations[i], paths.Vaccination(i), latest);
            }
        }
    }

    private static void Test(this RequestValidator v, HealthTest test, ApplicationFieldPaths.EntryPaths paths, DateTimeOffset? arrival,
        DateTimeOffset? latest)
    {
        v.Text(test.Type, paths.Type, MaxTestTypeLength);
        v.EnumValue((int)test.Result, paths.Result, ApplicationEnumNames.TestResults, "test result");
        v.Instant(test.SampleTime, paths.SampleTime, out var sampled);
        if (sampled > arrival)
        {
            v.Add(paths.SampleTime,
                $"{InstantText.Format(sampled!.Value)} is after the trip's arrival_time ({InstantText.Format(arrival!.Value)})");
        }
        else if (sampled > latest)
        {
            v.Add(paths.SampleTime, $"{InstantText.Format(sampled!.Value)} is in the future: evidence cannot be dated after the decision " +
                $"({InstantText.Format(latest!.Value - EvidenceClockSkew)}, with {EvidenceClockSkew.TotalMinutes:0} minutes for clocks that differ)");
        }
    }

    private static void Vaccination(this RequestValidator v, Vaccination vaccination, ApplicationFieldPaths.EntryPaths paths, DateTimeOffset? latest)
    {
        v.Text(vaccination.Product, paths.Product, MaxProductLength);
        v.Range(vaccination.DoseNumber, paths.DoseNumber, MinDose, MaxDose);
        v.Range(vaccination.TotalDoses, paths.TotalDoses, MinDose, MaxDose);
        if (vaccination.TotalDoses < vaccination.DoseNumber && vaccination.TotalDoses >= MinDose && vaccination.DoseNumber <= MaxDose)
        {
            v.Add(paths.TotalDoses,
                $"must be at least the dose_number ({vaccination.DoseNumber}), not {vaccination.TotalDoses}: a course cannot end before this dose");
        }
        v.CalendarDate(vaccination.Date, paths.Date, out var given);
        // A date has begun somewhere once it is midnight at UTC+14: only a date not yet begun anywhere is in the future.
        if (given is { } day && latest is { } by && day.DayNumber * TimeSpan.TicksPerDay - 14 * TimeSpan.TicksPerHour > by.UtcTicks)
        {
            v.Add(paths.Date, $"{day:yyyy-MM-dd} is in the future: a dose cannot be given after the decision " +
                $"({InstantText.Format(by - EvidenceClockSkew)})");
        }
    }
}
