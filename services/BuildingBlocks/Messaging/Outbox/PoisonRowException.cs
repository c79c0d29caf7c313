namespace TravelCorridor.Messaging.Outbox;

/// <summary>An outbox row that no retry can publish: its type is unknown or its body does not deserialise.</summary>
internal sealed class PoisonRowException(string reason) : Exception(reason);
