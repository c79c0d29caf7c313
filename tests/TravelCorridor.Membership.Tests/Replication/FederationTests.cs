using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TravelCorridor.Type.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>Each member state on its own broker: the same code replicates across federated brokers.</summary>
public sealed class FederationTests(FederatedBrokers brokers) : IClassFixture<FederatedBrokers>
{
    private const int MembershipEventTypes = 7;

    [Fact]
    public async Task Changes_cross_federated_brokers_in_both_directions_exactly_once()
    {
        await using var sg = await BrokerNodes.StartAsync(brokers.Sg, "SG");
        await using var vn = await BrokerNodes.StartAsync(brokers.Vn, "VN");
        await brokers.WaitForLinksAsync(MembershipEventTypes);

        await sg.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "VN", MaxStayDays = 14, Purposes = { TravelPurpose.EssentialBusiness },
        }, sg.As(CorridorRoles.MemberAdmin, "SG"));
        await Eventually.Until(async () =>
            (await vn.Membership.ListCorridorsAsync(new ListCorridorsRequest())).Corridors.Any(c => c.CorridorId == "SG-VN"),
            TimeSpan.FromSeconds(30));

        await vn.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "SG-VN", AcceptingMember = "VN" },
            vn.As(CorridorRoles.MemberAdmin, "VN"));
        await Eventually.Until(async () =>
            (await sg.Membership.GetCorridorAsync(new GetCorridorRequest { CorridorId = "SG-VN" })).Corridor.Status == CorridorStatus.Open,
            TimeSpan.FromSeconds(30));

        Assert.Equal(1, await vn.ChangesFromAsync("SG"));
        Assert.Equal(1, await sg.ChangesFromAsync("VN"));
    }

    [Fact]
    public async Task A_peers_federation_user_may_read_but_not_write_events_on_another_members_broker()
    {
        const string exchange = "TravelCorridor.Contracts.Membership:TrustedKeyAdded";
        var admin = new ConnectionFactory { Uri = brokers.Sg.AmqpUri };
        await using (var connection = await admin.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        }
        var peer = new ConnectionFactory
        {
            Uri = new Uri($"amqp://vn-federation:{FederatedBrokers.FederationPassword}@{brokers.Sg.Host}:{brokers.Sg.AmqpPort}/"),
            AutomaticRecoveryEnabled = false,
        };
        await using var peerConnection = await peer.CreateConnectionAsync();
        await using var peerChannel = await peerConnection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));

        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
            await peerChannel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties(), "{}"u8.ToArray()));

        Assert.Contains("ACCESS_REFUSED", refused is OperationInterruptedException o ? o.ShutdownReason?.ReplyText ?? o.Message : refused.ToString());
    }
}
