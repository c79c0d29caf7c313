using System.Text;
using System.Text.Json;
using TravelCorridor.Contracts;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Corridorctl.Events;

/// <summary>
/// What <c>events tail --corridor</c> says of an event's signature: the same check a node makes before it applies an
/// event (<see cref="EventSignatureCheck"/>, against the node keys in the corridor file every node holds). The message
/// is read into its contract and serialised as nodes sign it, so a field altered on the way does not verify (and one
/// added on the way is not read, as a node does not read it).
/// Without a corridor file nothing is verified and every line says so.
/// </summary>
internal sealed class EventSignatures(CorridorFile? corridor, TimeProvider time)
{
    public const string NotChecked = "not checked";

    private readonly EventSignatureCheck? check = corridor is null ? null : new(new CorridorKeys(corridor.Members), EventSignature.MaxLength);

    public bool Verifying => check is not null;

    /// <returns>"verified", "not checked", or "refused: REASON: detail".</returns>
    public async Task<string> JudgeAsync(System.Type contract, JsonElement message, string? signature, CancellationToken cancellationToken)
    {
        if (check is null)
        {
            return NotChecked;
        }
        IIntegrationEvent change;
        try
        {
            change = (IIntegrationEvent?)message.Deserialize(contract, EventJson.Options)
                ?? throw new JsonException("the message is JSON null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidCastException)
        {
            return $"refused: unreadable: the message is not a {contract.Name} ({e.Message})";
        }
        var problem = await check.ProblemAsync(signature, change.Origin, EventSignature.SigningInput(change), time.GetUtcNow(), cancellationToken);
        return problem is { } p ? $"refused: {p.Reason}: {p.Detail}" : "verified";
    }

    /// <summary>The signature header of a delivery: the AMQP header, else the envelope's (MassTransit writes both).</summary>
    public static string? Header(IDictionary<string, object?>? amqpHeaders, JsonElement envelope)
    {
        if (amqpHeaders is not null && amqpHeaders.TryGetValue(EventSignature.Header, out var value))
        {
            return value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                string text => text,
                _ => null,
            };
        }
        return envelope.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            && headers.TryGetProperty(EventSignature.Header, out var header) && header.ValueKind == JsonValueKind.String
            ? header.GetString()
            : null;
    }
}
