using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Application;

/// <summary>Reads of this node's membership view; nothing here changes state.</summary>
public sealed class MembershipQueries(MembershipDbContext db)
{
    public async Task<MemberState> GetMemberAsync(string code, CancellationToken cancellationToken) =>
        await db.MemberStates.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, cancellationToken)
        ?? throw MembershipErrors.MemberNotFound(code);

    public Task<List<MemberState>> ListMembersAsync(CancellationToken cancellationToken) =>
        db.MemberStates.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken);

    public async Task<Corridor> GetCorridorAsync(string id, CancellationToken cancellationToken) =>
        await db.Corridors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw MembershipErrors.CorridorNotFound(id);

    public Task<List<Corridor>> ListCorridorsAsync(string? member, CancellationToken cancellationToken) =>
        db.Corridors.AsNoTracking()
            .Where(c => member == null || c.ProposingMember == member || c.PartnerMember == member)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

    public Task<List<TrustedKey>> ListKeysAsync(string? member, bool includeRevoked, CancellationToken cancellationToken) =>
        db.TrustedKeys.AsNoTracking()
            .Where(k => (member == null || k.Member == member) && (includeRevoked || !k.Revoked))
            .OrderBy(k => k.Member).ThenBy(k => k.KeyId).ToListAsync(cancellationToken);

    /// <summary>Which member states are active right now, to tell whether a corridor is usable.</summary>
    public async Task<IReadOnlySet<string>> ActiveMembersAsync(CancellationToken cancellationToken) =>
        (await db.MemberStates.AsNoTracking().Where(m => m.Status == MemberStatus.Active)
            .Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet();

    public Task<List<ChangeLogEntry>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken) =>
        db.ChangeLog.AsNoTracking().Where(c => c.Sequence > sequence).OrderBy(c => c.Sequence)
            .Take(limit).ToListAsync(cancellationToken);
}
