using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;

namespace TravelCorridor.Clearance.Application;

/// <summary>Filters of a listing of the audit log; null where the request gave none.</summary>
public sealed record AuditFilter(DateTimeOffset? DecidedAfter, DateTimeOffset? DecidedBefore, string? Outcome, string? Origin, string? Destination)
{
    /// <summary>The filter as page tokens bind it: a token of one listing is refused by another.</summary>
    public string Text => $"clearances after={DecidedAfter:O} before={DecidedBefore:O} outcome={Outcome} origin={Origin} destination={Destination}";
}

/// <summary>Reads this node's audit log.</summary>
public sealed class AuditQuery(ClearanceDbContext db)
{
    public Task<ClearanceRecord?> FindAsync(string clearanceId, CancellationToken cancellationToken) =>
        db.Clearances.AsNoTracking().FirstOrDefaultAsync(c => c.ClearanceId == clearanceId, cancellationToken);

    /// <summary>
    /// At most <paramref name="take"/> records after <paramref name="afterKey"/>, newest first. The time
    /// range is a range of list keys (<see cref="ClearanceListKey"/>), which every store compares alike.
    /// </summary>
    public Task<List<ClearanceRecord>> ListAsync(AuditFilter filter, string? afterKey, int take, CancellationToken cancellationToken)
    {
        var query = db.Clearances.AsNoTracking();
        if (afterKey is not null)
        {
            query = query.Where(c => string.Compare(c.ListKey, afterKey) > 0);
        }
        if (filter.DecidedAfter is { } after)
        {
            var end = ClearanceListKey.AtOrAfter(after);
            query = query.Where(c => string.Compare(c.ListKey, end) < 0);
        }
        if (filter.DecidedBefore is { } before)
        {
            var start = ClearanceListKey.Before(before);
            query = query.Where(c => string.Compare(c.ListKey, start) >= 0);
        }
        if (filter.Outcome is { } outcome)
        {
            query = query.Where(c => c.Outcome == outcome);
        }
        if (filter.Origin is { } origin)
        {
            query = query.Where(c => c.Origin == origin);
        }
        if (filter.Destination is { } destination)
        {
            query = query.Where(c => c.Destination == destination);
        }
        return query.OrderBy(c => c.ListKey).Take(take).ToListAsync(cancellationToken);
    }
}
