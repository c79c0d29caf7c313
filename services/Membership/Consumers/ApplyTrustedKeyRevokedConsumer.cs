using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>
/// Revokes a key in this node's trust list after its member revoked it elsewhere. The event carries the
/// whole entry (a late replica records the key from it), so its JWK passes the same checks as an added one.
/// </summary>
public sealed class ApplyTrustedKeyRevokedConsumer(ReplicaWriter<MembershipDbContext> replica, ReplicatedKeyCheck check) : IConsumer<TrustedKeyRevoked>
{
    public Task Consume(ConsumeContext<TrustedKeyRevoked> context)
    {
        var change = context.Message;
        return check.TryNormalize(change, change.Member, change.KeyId, change.PublicKeyJwk, nameof(ApplyTrustedKeyRevokedConsumer), out var jwk)
            ? replica.ApplyAsync<TrustedKeyRevoked, TrustedKey>(change with { PublicKeyJwk = jwk }, nameof(ApplyTrustedKeyRevokedConsumer),
                MembershipState.Of, context.CancellationToken)
            : Task.CompletedTask;
    }
}
