using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Revokes a key in this node's trust list after its member revoked it elsewhere.</summary>
public sealed class ApplyTrustedKeyRevokedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<TrustedKeyRevoked>
{
    public Task Consume(ConsumeContext<TrustedKeyRevoked> context) =>
        replica.ApplyAsync<TrustedKeyRevoked, TrustedKey>(context.Message, nameof(ApplyTrustedKeyRevokedConsumer), MembershipState.Of, context.CancellationToken);
}
