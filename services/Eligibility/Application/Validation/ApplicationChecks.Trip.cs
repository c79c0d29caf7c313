using TravelCorridor.Eligibility.Application.Data;
using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Type.V1;
using static TravelCorridor.Eligibility.Application.Validation.ApplicationLimits;

namespace TravelCorridor.Eligibility.Application.Validation;

// The trip: between two member states, departure before arrival.
public static partial class ApplicationChecks
{
    private static TripInstants? Trip(this RequestValidator v, Trip? trip, string field, Func<string, bool> isMemberState)
    {
        if (trip is null)
        {
            v.Add(field, "is required");
            return null;
        }

        v.MemberState(trip.Origin, field + ".origin", isMemberState);
        v.MemberState(trip.Destination, field + ".destination", isMemberState);
        if (trip.Origin == trip.Destination && MemberCode.IsValid(trip.Origin))
        {
            v.Add(field + ".destination", $"must not be the origin ('{trip.Origin}'): a trip goes from one member state to another");
        }
        v.EnumValue((int)trip.Purpose, field + ".purpose", PurposeNames.Names, "travel purpose");
        v.Instant(trip.DepartureTime, field + ".departure_time", out var departure);
        v.Instant(trip.ArrivalTime, field + ".arrival_time", out var arrival);
        if (arrival < departure)
        {
            v.Add(field + ".arrival_time",
                $"{InstantText.Format(arrival!.Value)} is before the departure_time ({InstantText.Format(departure!.Value)})");
        }
        v.Range(trip.StayDays, field + ".stay_days", 0, MaxStayDays, "days");
        v.Text(trip.PointOfEntry, field + ".point_of_entry", MaxPointOfEntryLength, required: false);
        v.Range(trip.DaysInOriginBeforeDeparture, field + ".days_in_origin_before_departure", 0, MaxDaysInOriginBeforeDeparture, "days");
        return departure is { } from && arrival is { } to ? new TripInstants(from, to) : null;
    }
}
