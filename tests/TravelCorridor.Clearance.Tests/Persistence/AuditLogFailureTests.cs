using System.Text.RegularExpressions;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Persistence;

/// <summary>The audit log's writer when its database refuses a batch, and what it tells on /metrics.</summary>
public sealed class AuditLogFailureTests
{
    [Fact]
    public async Task A_decision_the_audit_log_cannot_write_is_unavailable_and_recorded_nowhere_and_the_next_one_is_recorded()
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "true" });
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        var officer = node.As(CorridorRoles.BorderOfficer, "SG");
        var client = new ClearanceService.ClearanceServiceClient(node.Channel);
        // The table goes away under the writer, as a failing disk or database would refuse the batch.
        await node.QueryAsync<ClearanceDbContext, int>(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE clearances RENAME TO clearances_away"));

        await RpcAssert.FailsWith(StatusCode.Unavailable, () => client.ClearTravellerAsync(
            new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, officer).ResponseAsync, "AUDIT_LOG_UNAVAILABLE");

        await node.QueryAsync<ClearanceDbContext, int>(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE clearances_away RENAME TO clearances"));
        var cleared = (await client.ClearTravellerAsync(new ClearTravellerRequest { Application = Travellers.BusinessTrip() }, officer)).Clearance;
        var listed = await client.ListClearancesAsync(new ListClearancesRequest(), officer);
        Assert.Equal([cleared.ClearanceId], listed.Clearances.Select(c => c.ClearanceId));
        Assert.Equal(1, await node.QueryAsync<ClearanceDbContext, int>(db => db.Outbox.CountAsync()));

        // Meters are seen process-wide, and other tests' nodes write audit batches too: only the failure is this test's alone.
        var metrics = await node.MetricsAsync();
        Assert.Equal(1, Sample(metrics, "travelcorridor_audit_failed_total"));
        Assert.True(Sample(metrics, "travelcorridor_audit_batch_size_count") >= 1);
        Assert.True(Sample(metrics, "travelcorridor_audit_commit_duration_seconds_count") >= 1);
    }

    /// <summary>The value of one sample in Prometheus text, whatever labels the exporter adds.</summary>
    private static double Sample(string metrics, string name)
    {
        var match = Regex.Match(metrics, $@"^{name}(\{{[^}}]*\}})? (?<value>\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"{name} is not on /metrics:\n{metrics}");
        return double.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
