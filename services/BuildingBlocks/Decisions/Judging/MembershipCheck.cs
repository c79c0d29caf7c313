using TravelCorridor.Decisions.Data;
using TravelCorridor.Kernel;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Decisions.Judging;

/// <summary>
/// Membership's part of a decision, judged before any rule: both member states active, an open corridor
/// between them that covers the purpose, and a stay within its maximum. Every reason that applies is
/// given, so an officer sees the whole picture (a suspended member and a too-long stay, say).
/// </summary>
public static class MembershipCheck
{
    public static IReadOnlyList<DecisionReason> Judge(MembershipView view, TripFacts trip, out CorridorEntry? corridor)
    {
        var reasons = new List<DecisionReason>(0);
        if (!view.IsActive(trip.Origin))
        {
            reasons.Add(new(DecisionReason.MemberSuspended, $"member state {trip.Origin} is suspended"));
        }
        if (!view.IsActive(trip.Destination))
        {
            reasons.Add(new(DecisionReason.MemberSuspended, $"member state {trip.Destination} is suspended"));
        }
        corridor = view.Corridors.GetValueOrDefault(CorridorIds.For(trip.Origin, trip.Destination));
        if (corridor is null)
        {
            reasons.Add(new(DecisionReason.CorridorNotOpen, $"there is no corridor between {trip.Origin} and {trip.Destination}"));
            return reasons;
        }
        if (corridor.Status != Membership.V1.CorridorStatus.Open)
        {
            reasons.Add(new(DecisionReason.CorridorNotOpen, $"corridor {corridor.CorridorId} is {corridor.Status.ToString().ToLowerInvariant()}, not open"));
        }
        if (!CorridorTerms.Of(corridor).Purposes.Contains(trip.Purpose))
        {
            reasons.Add(new(DecisionReason.PurposeNotCovered, $"corridor {corridor.CorridorId} does not cover {trip.Purpose} travel"));
        }
        if (trip.StayDays > corridor.MaxStayDays)
        {
            reasons.Add(new(DecisionReason.StayTooLong, $"a stay of {trip.StayDays} days is longer than corridor {corridor.CorridorId}'s maximum of {corridor.MaxStayDays}"));
        }
        return reasons;
    }
}
