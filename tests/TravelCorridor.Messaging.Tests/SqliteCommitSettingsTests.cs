using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Persistence;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>
/// How SQLite connections of a node commit: to disk by default, without waiting for it only inside an
/// <see cref="UnhurriedCommit"/> (the outbox's marks), and never with a checkpoint: the log reaches the
/// database file in the background (<c>SqliteCheckpoints</c>).
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
    public async Task No_connection_checkpoints_when_it_commits_and_the_log_still_reaches_the_database_file()
    {
        await using var sg = await NodeHost.StartAsync("SG");

        var (autocheckpoint, file, members) = await sg.QueryAsync(async db =>
            (await PragmaAsync(db, "wal_autocheckpoint"), db.Database.GetDbConnection().DataSource, await db.MemberStates.CountAsync()));

        Assert.Equal(0, autocheckpoint);
        Assert.True(members > 0, "the node seeds the member states");
        await Eventually.Until(() => Task.FromResult(MemberStatesInTheFileAlone(file) == members), TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// Rows as the database file holds them without its write-ahead log (opened immutable, SQLite reads the
    /// file alone): what checkpoints have copied so far. -1 while the file does not even hold the table.
    /// </summary>
    private static long MemberStatesInTheFileAlone(string file)
    {
        using var connection = new SqliteConnection($"Data Source=file:{file}?immutable=1;Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM member_states";
        try
        {
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
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
