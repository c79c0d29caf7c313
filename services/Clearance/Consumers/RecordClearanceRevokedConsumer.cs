using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging;
using TravelCorridor.Persistence;

namespace TravelCorridor.Clearance.Consumers;

/// <summary>
/// Remembers another node's revocation, so this node refuses that clearance's pass too. Only the deciding
/// node may revoke: the revocation is recorded for the clearance of its origin (a pass is checked against
/// the revocations of its own issuer), so a node cannot revoke another's clearance. Duplicates are no-ops.
/// </summary>
public sealed class RecordClearanceRevokedConsumer(ClearanceDbContext db, WriteGate<ClearanceDbContext> gate, IOptions<NodeOptions> node, TimeProvider time)
    : IConsumer<ClearanceRevoked>
{
    public async Task Consume(ConsumeContext<ClearanceRevoked> context)
    {
        var revoked = context.Message;
        if (revoked.Origin == node.Value.Member)
        {
            return; // recorded when it was revoked here
        }
        using var turn = await gate.EnterAsync(context.CancellationToken);
        if (!await db.TryClaimAsync(revoked.EventId, nameof(RecordClearanceRevokedConsumer), time.GetUtcNow(), context.CancellationToken))
        {
            return;
        }
        if (!await db.Revocations.AnyAsync(r => r.ClearanceId == revoked.ClearanceId, context.CancellationToken))
        {
            db.Revocations.Add(new KnownRevocation { ClearanceId = revoked.ClearanceId, DecidingMember = revoked.Origin, RevokedAt = revoked.RevokedAt });
        }
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
