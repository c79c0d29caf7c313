namespace TravelCorridor.Messaging.Bus;

/// <summary>A service's consumer of one event, to be given its own receive endpoint when the bus is built.</summary>
internal sealed record ConsumerEndpoint(Type Consumer, Type Message, string Service);
