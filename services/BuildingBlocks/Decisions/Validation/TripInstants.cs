namespace TravelCorridor.Decisions.Validation;

/// <summary>
/// A valid application's departure and arrival, converted once by the checks; the arrival is the
/// instant a decision is judged at when the request names none.
/// </summary>
public sealed record TripInstants(DateTimeOffset Departure, DateTimeOffset Arrival);
