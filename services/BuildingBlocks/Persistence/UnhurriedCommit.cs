using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TravelCorridor.Persistence;

/// <summary>
/// A transaction whose commit does not wait for the disk: after a crash of the machine (not of the
/// process) its last commits may be gone, never half applied. Only for writes whose loss repeats work
/// that is safe to repeat, such as marking outbox rows sent (a lost mark publishes the event again, and
/// every receiver's inbox drops the copy). Such a commit then stops holding SQLite's single write lock
/// through a flush, and the writes that must be durable (an audit record) wait less for it.
/// </summary>
/// <remarks>
/// SQLite: <c>synchronous=NORMAL</c> on the connection for the transaction, <c>FULL</c> again after it
/// (and <see cref="SqlitePragmas"/> sets <c>FULL</c> on every open, so a pooled connection never keeps
/// the relaxed setting). PostgreSQL: <c>SET LOCAL synchronous_commit TO OFF</c>, which ends with the
/// transaction.
/// </remarks>
public sealed class UnhurriedCommit : IAsyncDisposable
{
    private readonly DbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly bool sqlite;

    private UnhurriedCommit(DbContext db, IDbContextTransaction transaction, bool sqlite)
    {
        this.db = db;
        this.transaction = transaction;
        this.sqlite = sqlite;
    }

    public static async Task<UnhurriedCommit> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", cancellationToken);
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", cancellationToken);
        }
        return new UnhurriedCommit(db, transaction, sqlite);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        try
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
