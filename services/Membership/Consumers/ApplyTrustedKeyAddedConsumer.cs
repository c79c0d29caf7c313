using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Adds a key another member published to this node's trust list, if its JWK passes the checks.</summary>
public sealed class ApplyTrustedKeyAddedConsumer(ReplicaWriter<MembershipDbContext> replica, ReplicatedKeyCheck check) : IConsumer<TrustedKeyAdded>
{
    public Task Consume(ConsumeContext<TrustedKeyAdded> context)
    {
        var change = context.Message;
        return check.TryNormalize(change, change.Member, change.KeyId, change.PublicKeyJwk, nameof(ApplyTrustedKeyAddedConsumer), out var jwk)
            ? replica.ApplyAsync<TrustedKeyAdded, TrustedKey>(change with { PublicKeyJwk = jwk }, nameof(ApplyTrustedKeyAddedConsumer),
                MembershipState.Of, context.CancellationToken)
            : Task.CompletedTask;
    }
}
