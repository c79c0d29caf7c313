using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Data;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Holds the current <see cref="MembershipView"/>: loaded at start, rebuilt after every commit of a
/// change (local or replicated) while the write gate is still held, so views are swapped in commit
/// order. Readers take <see cref="Current"/> once and read a consistent whole.
/// </summary>
public sealed class MembershipReadModel : IReadModel<MembershipDbContext>
{
    private MembershipView current = MembershipView.Empty;

    public MembershipView Current => Volatile.Read(ref current);

    public void Recording(MembershipDbContext db, IIntegrationEvent change)
    {
        // Nothing to add to the transaction; the view is rebuilt once the change has committed.
    }

    public Task CommittedAsync(MembershipDbContext db, CancellationToken cancellationToken) => LoadAsync(db, cancellationToken);

    public async Task LoadAsync(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var members = await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken);
        var corridors = await db.Corridors.AsNoTracking().ToListAsync(cancellationToken);
        var keys = await db.TrustedKeys.AsNoTracking().ToListAsync(cancellationToken);
        Volatile.Write(ref current, new MembershipView(members, corridors, keys));
    }
}
