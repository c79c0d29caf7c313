using TravelCorridor.Type.V1;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Persistence.Tests;

/// <summary>The same behaviour on SQLite (the default) and on a real PostgreSQL server.</summary>
public sealed class DatabaseProviderTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    private async Task<Dictionary<string, string?>> SettingsFor(string provider) => provider == "postgres"
        ? new() { ["ConnectionStrings:membership"] = await postgres.CreateDatabaseAsync($"membership_{Guid.NewGuid():N}") }
        : new();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Membership_changes_survive_a_node_restart(string provider)
    {
        var node = await NodeHost.StartAsync("SG", settings: await SettingsFor(provider));
        var memberAdmin = node.As(CorridorRoles.MemberAdmin, "SG");
        await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "ID", Reason = "persisted" },
            node.As(CorridorRoles.CorridorAdmin));
        await node.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "TL", MaxStayDays = 30, Purposes = { TravelPurpose.Study, TravelPurpose.Medical },
        }, memberAdmin);
        await node.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-passes-1"), memberAdmin);

        await using var restarted = await node.RestartAsync();
        var engine = await restarted.QueryAsync(db => Task.FromResult(db.Database.ProviderName!));
        Assert.Contains(provider == "postgres" ? "Npgsql" : "Sqlite", engine);

        var members = (await restarted.Membership.ListMemberStatesAsync(new ListMemberStatesRequest())).MemberStates;
        Assert.Equal(11, members.Count);
        var indonesia = members.Single(m => m.Code == "ID");
        Assert.Equal((MemberStateStatus.Suspended, "persisted", 2L), (indonesia.Status, indonesia.StatusReason, indonesia.Version));
        var corridor = (await restarted.Membership.GetCorridorAsync(new GetCorridorRequest { CorridorId = "SG-TL" })).Corridor;
        Assert.Equal([TravelPurpose.Study, TravelPurpose.Medical], corridor.Purposes.Order());
        Assert.Equal(30, corridor.MaxStayDays);
        Assert.Single((await restarted.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG" })).TrustedKeys);
        await Eventually.Until(async () => await restarted.UnsentOutboxAsync() == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(3, await restarted.QueryAsync(db => Task.FromResult(db.Outbox.Count())));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_change_log_numbers_changes_without_gaps(string provider)
    {
        await using var node = await NodeHost.StartAsync("SG", settings: await SettingsFor(provider));
        var admin = node.As(CorridorRoles.CorridorAdmin);
        var changes = Enumerable.Range(0, 10).Select(async i =>
        {
            var code = new[] { "BN", "KH", "LA", "MM", "PH" }[i % 5];
            try
            {
                await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = code, Reason = $"r{i}" }, admin);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
            {
                // Concurrent suspensions of the same member: exactly one wins.
            }
        });
        await Task.WhenAll(changes);
        var sequences = await node.QueryAsync(db => Task.FromResult(db.ChangeLog.OrderBy(c => c.Sequence).Select(c => c.Sequence).ToList()));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), sequences);
    }
}
