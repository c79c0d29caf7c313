namespace TravelCorridor.Signing.Corridor;

/// <summary>
/// A member state as the corridor file describes it: its code, the node keys that may sign its events (more
/// than one while a key is being replaced) and, optionally, the AMQP address of its broker.
/// </summary>
public sealed record CorridorMember(string Code, IReadOnlyList<NodeAnchor> NodeKeys, string? Broker);
