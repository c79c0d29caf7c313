using TravelCorridor.Eligibility.Application.Data;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Type.V1;
using static TravelCorridor.Eligibility.Application.Validation.ApplicationLimits;

namespace TravelCorridor.Eligibility.Application.Validation;

// Health evidence: tests taken by the arrival, vaccination doses within their course.
public static partial class ApplicationChecks
{
    private static void Health(this RequestValidator v, Health health, string field, DateTimeOffset? arrival)
    {
        // Counted first: the entries of an oversized list are not looked at one by one.
        if (v.WithinCount(health.Tests.Count, field + ".tests", MaxTests))
        {
            for (var i = 0; i < health.Tests.Count; i++)
            {
                v.Test(health.Tests[i], $"{field}.tests[{i}]", arrival);
            }
        }
        if (v.WithinCount(health.Vaccinations.Count, field + ".vaccinations", MaxVaccinations))
        {
            for (var i = 0; i < health.Vaccinations.Count; i++)
            {
                v.Vaccination(health.Vaccinations[i], $"{field}.vaccinations[{i}]");
            }
        }
    }

    private static void Test(this RequestValidator v, HealthTest test, string field, DateTimeOffset? arrival)
    {
        v.Text(test.Type, field + ".type", MaxTestTypeLength);
        v.EnumValue((int)test.Result, field + ".result", ApplicationEnumNames.TestResults, "test result");
        v.Instant(test.SampleTime, field + ".sample_time", out var sampled);
        if (sampled > arrival)
        {
            v.Add(field + ".sample_time",
                $"{InstantText.Format(sampled!.Value)} is after the trip's arrival_time ({InstantText.Format(arrival!.Value)})");
        }
    }

    private static void Vaccination(this RequestValidator v, Vaccination vaccination, string field)
    {
        v.Text(vaccination.Product, field + ".product", MaxProductLength);
        v.Range(vaccination.DoseNumber, field + ".dose_number", MinDose, MaxDose);
        v.Range(vaccination.TotalDoses, field + ".total_doses", MinDose, MaxDose);
        if (vaccination.TotalDoses < vaccination.DoseNumber && vaccination.TotalDoses >= MinDose && vaccination.DoseNumber <= MaxDose)
        {
            v.Add(field + ".total_doses",
                $"must be at least the dose_number ({vaccination.DoseNumber}), not {vaccination.TotalDoses}: a course cannot end before this dose");
        }
        v.CalendarDate(vaccination.Date, field + ".date", out _);
    }
}
