using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Persistence;

/// <summary>The audit log on SQLite (the default) and on a real PostgreSQL server: written by group commit, read back whole after a restart.</summary>
public sealed class AuditLogPersistenceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Decisions_and_their_events_survive_a_restart_field_by_field(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "true" };
        if (provider == "postgres")
        {
            settings["ConnectionStrings:clearance"] = await postgres.CreateDatabaseAsync($"clearance_{Guid.NewGuid():N}");
        }
        var node = await NodeHost.StartAsync("SG", settings: settings);
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        var officer = node.As(CorridorRoles.BorderOfficer, "SG");
        var unvaccinated = Travellers.BusinessTrip();
        unvaccinated.Health.Vaccinations.Clear();
        var decided = await Task.WhenAll(new[] { Travellers.BusinessTrip(), unvaccinated, Travellers.BusinessTrip() }.Select(async application =>
            (await new ClearanceService.ClearanceServiceClient(node.Channel).ClearTravellerAsync(
                new ClearTravellerRequest { Application = application }, officer)).Clearance));

        await using var restarted = await node.RestartAsync();
        var client = new ClearanceService.ClearanceServiceClient(restarted.Channel);
        var listed = await client.ListClearancesAsync(new ListClearancesRequest(), restarted.As(CorridorRoles.BorderOfficer, "SG"));

        Assert.Equal(decided.OrderBy(c => c.ClearanceId), listed.Clearances.OrderBy(c => c.ClearanceId));
        Assert.Equal(listed.Clearances.OrderByDescending(c => c.DecidedAt.ToDateTimeOffset()).ThenBy(c => c.ClearanceId, StringComparer.Ordinal)
            .Select(c => c.ClearanceId), listed.Clearances.Select(c => c.ClearanceId));
        await Eventually.Until(async () => await restarted.UnsentOutboxAsync<ClearanceDbContext>() == 0, TimeSpan.FromSeconds(10));
    }
}
