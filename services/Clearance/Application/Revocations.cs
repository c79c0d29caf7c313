using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Messaging;
using TravelCorridor.Persistence;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Revokes a clearance of this node's audit log: the record is marked, the revocation joins those pass
/// verification checks, and <see cref="ClearanceRevoked"/> goes to the outbox, all in one transaction.
/// A clearance is revoked once; revoking it again is FAILED_PRECONDITION (<c>ALREADY_REVOKED</c>).
/// </summary>
public sealed class Revocations(ClearanceDbContext db, WriteGate<ClearanceDbContext> gate, TimeProvider time)
{
    public async Task<ClearanceRecord> RevokeAsync(string clearanceId, string reason, string revokedBy, CancellationToken cancellationToken)
    {
        // One writer at a time in this process keeps "revoked once" without a database lock.
        using (await gate.EnterAsync(cancellationToken))
        {
            var record = await db.Clearances.FirstOrDefaultAsync(c => c.ClearanceId == clearanceId, cancellationToken)
                ?? throw new NotFoundException("CLEARANCE_NOT_FOUND", $"This node's audit log holds no clearance '{clearanceId}'.",
                    new Dictionary<string, string> { ["clearance_id"] = clearanceId });
            if (record.RevokedAt is { } revokedAt)
            {
                throw new FailedPreconditionException("ALREADY_REVOKED", $"Clearance {clearanceId} was already revoked at {revokedAt:O}.",
                    new Dictionary<string, string> { ["clearance_id"] = clearanceId, ["revoked_at"] = revokedAt.ToString("O") });
            }
            var now = time.GetUtcNowInMicroseconds();
            record.RevokedAt = now;
            record.RevokedBy = revokedBy;
            record.RevocationReason = reason;
            db.Revocations.Add(new KnownRevocation { ClearanceId = clearanceId, DecidingMember = record.DecidingMember, RevokedAt = now });
            db.Enqueue(new ClearanceRevoked(EventIds.New(now), record.DecidingMember, 2, now, clearanceId, now, reason), "clearance:" + clearanceId);
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
    }
}
