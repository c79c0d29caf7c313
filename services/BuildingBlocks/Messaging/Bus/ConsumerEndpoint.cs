namespace TravelCorridor.Messaging.Bus;

/// <summary>A service's consumer of one event, to be given its own receive endpoint when the bus is built.</summary>
/// <param name="ConcurrentMessages">How many of its events may be consumed at once (1: in arrival order).</param>
internal sealed record ConsumerEndpoint(Type Consumer, Type Message, string Service, int ConcurrentMessages);
