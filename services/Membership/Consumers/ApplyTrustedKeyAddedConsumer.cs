using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Adds a key another member published to this node's trust list.</summary>
public sealed class ApplyTrustedKeyAddedConsumer(ReplicaWriter replica) : IConsumer<TrustedKeyAdded>
{
    public Task Consume(ConsumeContext<TrustedKeyAdded> context)
    {
        var e = context.Message;
        return replica.ApplyAsync(e, new EventHeader(e.EventId, e.Origin, e.Sequence, e.OccurredAt), nameof(ApplyTrustedKeyAddedConsumer),
            (db, ct) => ReplicaUpserts.KeyVersion(db, e.Member, e.KeyId, ct),
            db =>
            {
                var key = ReplicaUpserts.Key(db, e.Member, e.KeyId, e.Use, e.PublicKeyJwk, e.NotBefore, e.NotAfter);
                key.Version = e.Sequence;
            }, context.CancellationToken);
    }
}
