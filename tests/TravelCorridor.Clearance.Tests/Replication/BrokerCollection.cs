using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Tests.Replication;

/// <summary>One real broker for the tests where passes and revocations travel between nodes.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "Clearance replication broker";
}
