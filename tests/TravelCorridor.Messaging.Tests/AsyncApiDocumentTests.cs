using System.Text.Json;
using TravelCorridor.Contracts;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>
/// docs/asyncapi.json is what an integrator codes against (samples/node-subscriber reads it): it must name every
/// event's exchange as the nodes declare it and every field of every event, in the contract's order.
/// </summary>
public sealed class AsyncApiDocumentTests
{
    private static readonly JsonDocument Document =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(NodeScript.RepositoryRoot(), "docs", "asyncapi.json")));

    [Fact]
    public void The_asyncapi_document_has_a_channel_for_every_event_with_the_exchange_the_nodes_declare()
    {
        var channels = Document.RootElement.GetProperty("channels");

        Assert.Equal("3.0.0", Document.RootElement.GetProperty("asyncapi").GetString());
        Assert.Equal(EventContracts.All.Select(t => t.Name).Order(), channels.EnumerateObject().Select(c => c.Name).Order());
        foreach (var type in EventContracts.All)
        {
            var channel = channels.GetProperty(type.Name);
            var exchange = channel.GetProperty("bindings").GetProperty("amqp").GetProperty("exchange");
            Assert.Equal(EventContracts.ExchangeName(type), channel.GetProperty("address").GetString());
            Assert.Equal(EventContracts.ExchangeName(type), exchange.GetProperty("name").GetString());
            Assert.Equal("fanout", exchange.GetProperty("type").GetString());
            Assert.True(exchange.GetProperty("durable").GetBoolean());
        }
    }

    [Fact]
    public void Every_event_schema_lists_the_contract_s_fields_in_order_all_required()
    {
        var schemas = Document.RootElement.GetProperty("components").GetProperty("schemas");

        foreach (var type in EventContracts.All)
        {
            var fields = type.GetConstructors().Single().GetParameters().Select(p => char.ToLowerInvariant(p.Name![0]) + p.Name[1..]).ToList();
            var schema = schemas.GetProperty(type.Name);
            Assert.Equal(fields, schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.Equal(fields, schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        }
    }
}
