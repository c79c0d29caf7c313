using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Replication;

/// <summary>
/// One real broker for every replication test. The tests run one after another on it, each on nodes of
/// its own; they wait for every event they send to be handled, so none is left in a queue for the next.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "Eligibility replication broker";
}
