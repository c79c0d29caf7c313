using System.Text.Json;

namespace TravelCorridor.Contracts;

/// <summary>
/// How an event is signed, part of the wire contract (docs/events.md): a detached compact JWS (ES256, <c>typ</c>
/// <see cref="Type"/>, <c>kid</c> the origin node's NODE key) over the event's JSON as nodes store it in their
/// outbox (<see cref="EventJson"/>: the contract's fields in declaration order, camelCase), carried in the AMQP and
/// envelope header <see cref="Header"/>. A receiver — a node, or <c>corridorctl events tail</c> — deserialises the
/// event it received into its contract, serialises it the same way and verifies, so every field it reads is covered.
/// </summary>
public static class EventSignature
{
    public const string Header = "TravelCorridor-Signature";

    public const string Type = "travelcorridor-event+jws";

    /// <summary>Detached signatures are a header and a signature: a few hundred characters.</summary>
    public const int MaxLength = 1024;

    public static byte[] SigningInput(IIntegrationEvent change) =>
        JsonSerializer.SerializeToUtf8Bytes(change, change.GetType(), EventJson.Options);
}
