using TravelCorridor.Eligibility.Application.Data;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Type.V1;
using static TravelCorridor.Eligibility.Application.Validation.ApplicationLimits;

namespace TravelCorridor.Eligibility.Application.Validation;

// Health evidence: tests taken by the arrival, vaccination doses within their course.
public static partial class ApplicationChecks
{
    private static void Health(this RequestValidator v, Health health, ApplicationFieldPaths paths, DateTimeOffset? arrival)
    {
        // Counted first: the entries of an oversized list are not looked at one by one.
        if (v.WithinCount(health.Tests.Count, paths.Tests, MaxTests))
        {
            for (var i = 0; i < health.Tests.Count; i++)
            {
                v.Test(health.Tests[i], paths.Test(i), arrival);
            }
        }
        if (v.WithinCount(health.Vaccinations.Count, paths.Vaccinations, MaxVaccinations))
        {
            for (var i = 0; i < health.Vaccinations.Count; i++)
            {
                v.Vaccination(health.Vaccinations[i], paths.Vaccination(i));
            }
        }
    }

    private static void Test(this RequestValidator v, HealthTest test, ApplicationFieldPaths.EntryPaths paths, DateTimeOffset? arrival)
    {
        v.Text(test.Type, paths.Type, MaxTestTypeLength);
        v.EnumValue((int)test.Result, paths.Result, ApplicationEnumNames.TestResults, "test result");
        v.Instant(test.SampleTime, paths.SampleTime, out var sampled);
        if (sampled > arrival)
        {
            v.Add(paths.SampleTime,
                $"{InstantText.Format(sampled!.Value)} is after the trip's arrival_time ({InstantText.Format(arrival!.Value)})");
        }
    }

    private static void Vaccination(this RequestValidator v, Vaccination vaccination, ApplicationFieldPaths.EntryPaths paths)
    {
        v.Text(vaccination.Product, paths.Product, MaxProductLength);
        v.Range(vaccination.DoseNumber, paths.DoseNumber, MinDose, MaxDose);
        v.Range(vaccination.TotalDoses, paths.TotalDoses, MinDose, MaxDose);
        if (vaccination.TotalDoses < vaccination.DoseNumber && vaccination.TotalDoses >= MinDose && vaccination.DoseNumber <= MaxDose)
        {
            v.Add(paths.TotalDoses,
                $"must be at least the dose_number ({vaccination.DoseNumber}), not {vaccination.TotalDoses}: a course cannot end before this dose");
        }
        v.CalendarDate(vaccination.Date, paths.Date, out _);
    }
}
