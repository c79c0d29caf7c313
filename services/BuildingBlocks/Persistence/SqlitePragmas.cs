using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TravelCorridor.Persistence;

/// <summary>
/// Sets the pragmas every SQLite connection needs: WAL so readers never block the writer; a commit that
/// returns only once it is on disk (<c>synchronous=FULL</c>, said here rather than left to the build's
/// default); no checkpoints at commit (<c>wal_autocheckpoint=0</c>: <see cref="SqliteCheckpoints{TContext}"/>
/// copies the log in the background); and a busy timeout so concurrent writers (the outbox dispatcher,
/// consumers, requests) wait instead of failing.
/// </summary>
/// <remarks>
/// Set on every open, not once per connection: a pooled connection keeps its pragmas, and one that
/// <see cref="UnhurriedCommit"/> changed must not carry that to its next user.
/// </remarks>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=0; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
