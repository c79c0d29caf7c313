using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Persistence;

/// <summary>
/// One holder at a time among the processes that share a database: replicas of one service on one PostgreSQL
/// take a session-level advisory lock named after the work (<c>pg_advisory_lock</c>), and wait for it while another
/// replica holds it. A replica that dies loses its session and so the lock, and Npgsql resets a pooled
/// connection (<c>DISCARD ALL</c>) before reuse, so a lock is never left behind. A SQLite database belongs to one
/// process, whose own write gate already orders its writers: there it costs nothing.
/// </summary>
public sealed class ReplicaLock : IAsyncDisposable
{
    private readonly DbContext? db;
    private readonly long key;

    private ReplicaLock(DbContext? db, long key)
    {
        this.db = db;
        this.key = key;
    }

    /// <summary>Waits until this process holds <paramref name="name"/> on <paramref name="db"/>'s connection, kept open until disposed.</summary>
    public static async Task<ReplicaLock> TakeAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            return new ReplicaLock(null, 0);
        }
        var key = BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new ReplicaLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is null)
        {
            return;
        }
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
