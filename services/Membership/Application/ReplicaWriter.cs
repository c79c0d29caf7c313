using Microsoft.Extensions.Logging;
using TravelCorridor.Membership.Data;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Applies membership events from other nodes to this node's replica. An event is applied at most
/// once (inbox keyed by EventId) and only when it is newer than what the replica holds (its
/// Sequence is the aggregate's version), so redeliveries, federation duplicates and out-of-order
/// arrivals are harmless. Events that came back from this node itself are only marked as seen.
/// </summary>
public sealed class ReplicaWriter(MembershipUnitOfWork uow, ILogger<ReplicaWriter> logger)
{
    public async Task ApplyAsync<TEvent>(TEvent message, EventHeader header, string consumer,
        Func<MembershipDbContext, CancellationToken, ValueTask<long?>> currentVersion,
        Action<MembershipDbContext> apply, CancellationToken cancellationToken) where TEvent : class
    {
        using var _ = await uow.LockAsync(cancellationToken);
        if (!await uow.Db.TryClaimAsync(header.EventId, consumer, uow.Now, cancellationToken))
        {
            logger.LogDebug("{Event} {EventId} was applied before; ignored", typeof(TEvent).Name, header.EventId);
            return;
        }
        if (header.Origin == uow.Origin)
        {
            await uow.SaveAsync(cancellationToken);
            return;
        }
        var version = await currentVersion(uow.Db, cancellationToken);
        if (version >= header.Sequence)
        {
            logger.LogInformation("{Event} {EventId} from {Origin} is stale (version {Sequence} <= {Current}); ignored",
                typeof(TEvent).Name, header.EventId, header.Origin, header.Sequence, version);
            await uow.SaveAsync(cancellationToken);
            return;
        }
        apply(uow.Db);
        uow.RecordReplicated(message, header);
        await uow.SaveAsync(cancellationToken);
        logger.LogInformation("Applied {Event} from {Origin} at version {Sequence}", typeof(TEvent).Name, header.Origin, header.Sequence);
    }
}
