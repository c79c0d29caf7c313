using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Persistence;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Revokes a clearance of this node's audit log: the record is marked, the revocation joins those pass
/// verification checks, and <see cref="ClearanceRevoked"/> goes to the outbox, all in one transaction.
/// A clearance is revoked once, by whichever replica of clearance gets there first; revoking it again is
/// FAILED_PRECONDITION (<c>ALREADY_REVOKED</c>).
/// </summary>
public sealed class Revocations(ClearanceDbContext db, WriteGate<ClearanceDbContext> gate, OutboxAppender<ClearanceDbContext> outbox, TimeProvider time)
{
    public async Task<ClearanceRecord> RevokeAsync(string clearanceId, string reason, string revokedBy, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            var record = await db.Clearances.AsNoTracking().FirstOrDefaultAsync(c => c.ClearanceId == clearanceId, cancellationToken)
                ?? throw new NotFoundException("CLEARANCE_NOT_FOUND", $"This node's audit log holds no clearance '{clearanceId}'.",
                    new Dictionary<string, string> { ["clearance_id"] = clearanceId });
            if (record.RevokedAt is { } revokedAt)
            {
                throw AlreadyRevoked(clearanceId, revokedAt);
            }
            var now = time.GetUtcNowInMicroseconds();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Replicas of clearance share the audit log, and the write gate orders only this process's writers: the
            // database decides which revocation is the one, by updating only a clearance not yet revoked.
            var revoked = await db.Clearances.Where(c => c.ClearanceId == clearanceId && c.RevokedAt == null).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.RevokedAt, now)
                .SetProperty(c => c.RevokedBy, revokedBy)
                .SetProperty(c => c.RevocationReason, reason), cancellationToken);
            if (revoked == 0)
            {
                var first = await db.Clearances.AsNoTracking().Where(c => c.ClearanceId == clearanceId).Select(c => c.RevokedAt).FirstAsync(cancellationToken);
                throw AlreadyRevoked(clearanceId, first ?? now);
            }
            record.RevokedAt = now;
            record.RevokedBy = revokedBy;
            record.RevocationReason = reason;
            db.Revocations.Add(new KnownRevocation { ClearanceId = clearanceId, DecidingMember = record.DecidingMember, RevokedAt = now });
            db.Enqueue(new ClearanceRevoked(EventIds.New(now), record.DecidingMember, 2, now, clearanceId, now, reason), "clearance:" + clearanceId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // The save above ran inside this transaction: the dispatcher is woken once the event is committed.
            outbox.Committed(db);
            return record;
        }
    }

    private static FailedPreconditionException AlreadyRevoked(string clearanceId, DateTimeOffset revokedAt) =>
        new("ALREADY_REVOKED", $"Clearance {clearanceId} was already revoked at {revokedAt:O}.",
            new Dictionary<string, string> { ["clearance_id"] = clearanceId, ["revoked_at"] = revokedAt.ToString("O") });
}
