using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TravelCorridor.Membership.V1;
using TravelCorridor.Persistence;
using TravelCorridor.Testing;

namespace TravelCorridor.Persistence.Tests;

/// <summary>What a node does at start with a database it finds: older migrations, or none at all.</summary>
public sealed class SchemaUpgradeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Admitted = new(1984, 1, 7, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_database_at_the_first_migration_is_upgraded_in_place_when_the_node_starts(string provider)
    {
        var database = await ProviderDatabase.CreateAsync(provider, postgres);
        string[] all;
        await using (var db = database.Open())
        {
            all = [.. db.Database.GetMigrations()];
            // Data written by the first schema, in that schema's own terms: later migrations may change
            // the entity, but never what this row must still mean after the upgrade.
            await db.GetService<IMigrator>().MigrateAsync(all[0]);
            Assert.Equal([all[0]], await db.Database.GetAppliedMigrationsAsync());
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO member_states ("Code", "Name", "Status", "StatusReason", "AdmittedAt", "StatusChangedAt", "Version")
                VALUES ('BN', 'Brunei Darussalam', 'Suspended', 'written before the upgrade', {Admitted}, {Admitted.AddYears(40)}, 2)
                """);
        }

        await using var node = await NodeHost.StartAsync("SG", database.DataDirectory, database.NodeSettings);

        var brunei = (await node.Membership.GetMemberStateAsync(new GetMemberStateRequest { Code = "BN" })).MemberState;
        Assert.Equal((MemberStateStatus.Suspended, "written before the upgrade", 2L), (brunei.Status, brunei.StatusReason, brunei.Version));
        Assert.Equal(11, (await node.Membership.ListMemberStatesAsync(new ListMemberStatesRequest())).MemberStates.Count);
        Assert.Equal(all, await node.QueryAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToArray()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_database_made_before_migrations_is_refused_and_left_untouched(string provider)
    {
        var database = await ProviderDatabase.CreateAsync(provider, postgres);
        try
        {
            await using (var db = database.Open())
            {
                // What nodes before migrations did at start.
                await db.Database.EnsureCreatedAsync();
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO member_states ("Code", "Name", "Status", "StatusReason", "AdmittedAt", "StatusChangedAt", "Version", "ChangedBy")
                    VALUES ('BN', 'Brunei Darussalam', 'Active', '', {Admitted}, {Admitted}, 1, '')
                    """);
            }

            var refused = await Assert.ThrowsAsync<UnmigratedDatabaseException>(
                () => NodeHost.StartAsync("SG", database.DataDirectory, database.NodeSettings));

            Assert.Contains("no migration history", refused.Message);
            Assert.Contains(provider == "postgres" ? "Drop that database" : Path.Combine(database.DataDirectory, "membership.db"), refused.Message);
            await using var after = database.Open();
            Assert.Empty(await after.Database.GetAppliedMigrationsAsync());
            Assert.Equal(["BN"], await after.MemberStates.Select(m => m.Code).ToListAsync());
        }
        finally
        {
            database.DeleteDataDirectory();
        }
    }
}
