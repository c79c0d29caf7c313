// Writes docs/asyncapi.json (AsyncAPI 3) from the event contracts: one channel per event type with the fanout exchange
// MassTransit declares, one message per event (MassTransit's envelope, the signature header, the fields in the
// contract's order). Run after changing a contract: dotnet run tools/AsyncApi/generate-asyncapi.cs
// (tests/TravelCorridor.Messaging.Tests/AsyncApiDocumentTests fails until the document matches the contracts).
#:property PublishAot=false
#:project ../../services/BuildingBlocks/Contracts/TravelCorridor.Contracts.csproj
using System.Text.Json;
using System.Text.Json.Nodes;
using TravelCorridor.Contracts;

static string Camel(string n) => char.ToLowerInvariant(n[0]) + n[1..];
static JsonObject Schema(Type t)
{
    if (t == typeof(string)) return new() { ["type"] = "string" };
    if (t == typeof(Guid)) return new() { ["type"] = "string", ["format"] = "uuid" };
    if (t == typeof(DateTimeOffset)) return new() { ["type"] = "string", ["format"] = "date-time" };
    if (t == typeof(int) || t == typeof(long)) return new() { ["type"] = "integer", ["format"] = t == typeof(int) ? "int32" : "int64" };
    if (t == typeof(bool)) return new() { ["type"] = "boolean" };
    if (t.IsEnum) return new() { ["type"] = "string", ["enum"] = new JsonArray(Enum.GetNames(t).Select(n => (JsonNode)n).ToArray()) };
    var item = t.IsGenericType ? t.GetGenericArguments()[0] : null;
    if (item is not null) return new() { ["type"] = "array", ["items"] = Schema(item) };
    throw new Exception(t.FullName);
}
var channels = new JsonObject(); var operations = new JsonObject(); var messages = new JsonObject(); var schemas = new JsonObject();
foreach (var type in EventContracts.All)
{
    var name = type.Name; var exchange = EventContracts.ExchangeName(type);
    var props = new JsonObject(); var required = new JsonArray();
    foreach (var p in type.GetConstructors()[0].GetParameters())
    {
        props[Camel(p.Name!)] = Schema(p.ParameterType); required.Add((JsonNode)JsonValue.Create(Camel(p.Name!)));
    }
    schemas[name] = new JsonObject { ["type"] = "object", ["required"] = required, ["properties"] = props };
    messages[name] = new JsonObject
    {
        ["name"] = name, ["title"] = name, ["contentType"] = "application/vnd.masstransit+json",
        ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/SignedEventHeaders" },
        ["payload"] = new JsonObject { ["allOf"] = new JsonArray(
            new JsonObject { ["$ref"] = "#/components/schemas/Envelope" },
            new JsonObject { ["type"] = "object", ["required"] = new JsonArray("message"), ["properties"] = new JsonObject { ["message"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}" } } }) },
    };
    channels[name] = new JsonObject
    {
        ["address"] = exchange,
        ["messages"] = new JsonObject { [name] = new JsonObject { ["$ref"] = $"#/components/messages/{name}" } },
        ["bindings"] = new JsonObject { ["amqp"] = new JsonObject
        {
            ["is"] = "routingKey",
            ["exchange"] = new JsonObject { ["name"] = exchange, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false, ["vhost"] = "/" },
            ["bindingVersion"] = "0.3.0",
        } },
    };
    operations["receive" + name] = new JsonObject
    {
        ["action"] = "receive",
        ["channel"] = new JsonObject { ["$ref"] = $"#/channels/{name}" },
        ["summary"] = $"Bind a queue of your own to the fanout exchange {exchange} (empty routing key).",
    };
}
schemas["Envelope"] = new JsonObject
{
    ["type"] = "object", ["description"] = "MassTransit's JSON envelope: the event is under message.",
    ["required"] = new JsonArray("messageId", "messageType", "message"),
    ["properties"] = new JsonObject
    {
        ["messageId"] = new JsonObject { ["type"] = "string", ["description"] = "Equal to the event's eventId." },
        ["messageType"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "urn:message:<exchange>" },
        ["sentTime"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        ["headers"] = new JsonObject { ["type"] = "object" },
    },
};
schemas["SignedEventHeaders"] = new JsonObject
{
    ["type"] = "object", ["required"] = new JsonArray("TravelCorridor-Signature"),
    ["properties"] = new JsonObject { ["TravelCorridor-Signature"] = new JsonObject { ["type"] = "string",
        ["description"] = "Detached compact JWS (ES256, typ travelcorridor-event+jws, kid the origin node's key id) over the message object as nodes serialise it; verify against the corridor file's node keys (docs/events.md, Authenticity)." } },
};
var doc = new JsonObject
{
    ["asyncapi"] = "3.0.0",
    ["info"] = new JsonObject { ["title"] = "TravelCorridor integration events", ["version"] = "1.0.0",
        ["description"] = "Every change a corridor node makes, published to its member's RabbitMQ broker (and federated to the other members' brokers). Each event type has a durable fanout exchange; bind a queue of your own with an empty routing key. Delivery is at least once, ordered per aggregate at the source; ignore an event whose sequence is not above what you hold. docs/events.md explains the fields and guarantees; this document is checked against the contracts by the test suite." },
    ["defaultContentType"] = "application/vnd.masstransit+json",
    ["servers"] = new JsonObject { ["member-broker"] = new JsonObject { ["host"] = "localhost:5672", ["protocol"] = "amqp", ["protocolVersion"] = "0-9-1",
        ["description"] = "A member state's broker (docker-compose: SG 5672, MY 5673, VN 5674). Ask its operator for a user that may read the contract exchanges." } },
    ["channels"] = channels, ["operations"] = operations,
    ["components"] = new JsonObject { ["messages"] = messages, ["schemas"] = schemas },
};
File.WriteAllText(Path.Combine(Repository(), "docs", "asyncapi.json"), doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
Console.WriteLine($"wrote docs/asyncapi.json: {channels.Count} channels");

// The repository root: the directory above this file's tools/AsyncApi.
static string Repository([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
