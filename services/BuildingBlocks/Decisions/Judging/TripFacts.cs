namespace TravelCorridor.Decisions.Judging;

/// <summary>What membership judges of a trip: who, where, why and how long.</summary>
public sealed record TripFacts(string Origin, string Destination, string Purpose, int StayDays);
