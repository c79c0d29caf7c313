using Microsoft.EntityFrameworkCore;
using TravelCorridor.Persistence;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>
/// How SQLite connections of a node commit: to disk by default, without waiting for it only inside an
/// <see cref="UnhurriedCommit"/> (the outbox's marks), and a dedicated writer leaves checkpoints to others.
/// </summary>
public sealed class SqliteCommitSettingsTests
{
    [Fact]
    public async Task Every_connection_commits_to_disk_and_an_unhurried_commit_relaxes_only_its_own_transaction()
    {
        await using var sg = await NodeHost.StartAsync("SG");

        var (before, during, after) = await sg.QueryAsync(async db =>
        {
            var before = await SynchronousAsync(db);
            long during;
            await using (var commit = await UnhurriedCommit.BeginAsync(db, CancellationToken.None))
            {
                during = await SynchronousAsync(db);
                await commit.CommitAsync(CancellationToken.None);
            }
            return (before, during, await SynchronousAsync(db));
        });

        const long Full = 2, Normal = 1;
        Assert.Equal(Full, before);
        Assert.Equal(Normal, during);
        Assert.Equal(Full, after);
    }

    [Fact]
    public async Task A_dedicated_writer_keeps_its_connection_open_and_leaves_checkpoints_to_other_connections()
    {
        await using var sg = await NodeHost.StartAsync("SG");

        var (writer, other) = await sg.QueryAsync(async db =>
        {
            await db.OpenAsDedicatedWriterAsync(CancellationToken.None);
            var writer = await PragmaAsync(db, "wal_autocheckpoint");
            await db.Database.CloseConnectionAsync();
            return (writer, await PragmaAsync(db, "wal_autocheckpoint"));
        });

        Assert.Equal(0, writer);
        Assert.True(other > 0, $"wal_autocheckpoint {other} on an ordinary connection");
    }

    private static Task<long> SynchronousAsync(DbContext db) => PragmaAsync(db, "synchronous");

    private static async Task<long> PragmaAsync(DbContext db, string pragma)
    {
        // Opened through EF Core (so its connection interceptors run), then read as plain ADO.NET.
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA " + pragma;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
