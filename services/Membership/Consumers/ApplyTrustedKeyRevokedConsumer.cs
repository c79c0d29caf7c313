using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Revokes a key in this node's trust list after its member revoked it elsewhere.</summary>
public sealed class ApplyTrustedKeyRevokedConsumer(ReplicaWriter replica) : IConsumer<TrustedKeyRevoked>
{
    public Task Consume(ConsumeContext<TrustedKeyRevoked> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyTrustedKeyRevokedConsumer),
            (db, ct) => ReplicaUpserts.KeyVersion(db, e.Member, e.KeyId, ct),
            db =>
            {
                var key = ReplicaUpserts.Key(db, e.Member, e.KeyId, e.Use, e.PublicKeyJwk, e.NotBefore, e.NotAfter);
                key.Revoked = true;
                key.RevocationReason = e.Reason;
                key.RevokedAt = e.RevokedAt;
                key.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
