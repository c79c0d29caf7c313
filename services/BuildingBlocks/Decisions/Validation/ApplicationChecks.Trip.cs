using TravelCorridor.Decisions.Data;
using TravelCorridor.Kernel;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Decisions.Validation.ApplicationLimits;

namespace TravelCorridor.Decisions.Validation;

// The trip: between two member states, departure before arrival.
public static partial class ApplicationChecks
{
    private static TripInstants? Trip(this RequestValidator v, Trip? trip, ApplicationFieldPaths paths, Func<string, bool> isMemberState)
    {
        if (trip is null)
        {
            v.Add(paths.Trip, "is required");
            return null;
        }

        v.MemberState(trip.Origin, paths.Origin, isMemberState);
        v.MemberState(trip.Destination, paths.Destination, isMemberState);
        if (trip.Origin == trip.Destination && MemberCode.IsValid(trip.Origin))
        {
            v.Add(paths.Destination, $"must not be the origin ('{trip.Origin}'): a trip goes from one member state to another");
        }
        v.EnumValue((int)trip.Purpose, paths.Purpose, PurposeNames.Names, "travel purpose");
        v.Instant(trip.DepartureTime, paths.DepartureTime, out var departure);
        v.Instant(trip.ArrivalTime, paths.ArrivalTime, out var arrival);
        if (arrival < departure)
        {
            v.Add(paths.ArrivalTime,
                $"{InstantText.Format(arrival!.Value)} is before the departure_time ({InstantText.Format(departure!.Value)})");
        }
        v.Range(trip.StayDays, paths.StayDays, 0, MaxStayDays, "days");
        v.Text(trip.PointOfEntry, paths.PointOfEntry, MaxPointOfEntryLength, required: false);
        v.Range(trip.DaysInOriginBeforeDeparture, paths.DaysInOriginBeforeDeparture, 0, MaxDaysInOriginBeforeDeparture, "days");
        return departure is { } from && arrival is { } to ? new TripInstants(from, to) : null;
    }
}
