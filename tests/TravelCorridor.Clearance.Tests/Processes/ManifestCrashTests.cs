using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Processes;

/// <summary>
/// A node process killed with SIGKILL in the middle of a manifest, then started again on the same data:
/// every decision the client received is in the audit log (a decision is answered only after its commit),
/// and no traveller of the manifest is in the log twice.
/// </summary>
public sealed class ManifestCrashTests
{
    private const int Travellers = 10_000;

    [Fact]
    public async Task After_kill_9_during_a_manifest_every_received_decision_is_in_the_audit_log_once()
    {
        await using var node = await NodeProcess.StartAsync("SG", "membership,eligibility,clearance",
            new Dictionary<string, string> { ["Eligibility:SeedBaselineRules"] = "true" });
        await Corridors.OpenMySgAsync(node);
        var officer = node.As(CorridorRoles.BorderOfficer, "SG");
        var client = new ClearanceService.ClearanceServiceClient(node.Channel);

        var received = new List<ClearManifestResponse>();
        using (var call = client.ClearManifest(officer))
        {
            var sending = SendAsync(call.RequestStream);
            try
            {
                while (await call.ResponseStream.MoveNext(CancellationToken.None))
                {
                    received.Add(call.ResponseStream.Current);
                    if (received.Count == 1_000)
                    {
                        await node.KillAsync();
                    }
                }
            }
            catch (RpcException)
            {
                // The node is gone: the stream ends with an error.
            }
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(5)));
        }
        await node.StartAsync();

        var logged = await AuditLogAsync(client, officer);
        Assert.InRange(received.Count, 1_000, Travellers - 1);
        Assert.All(received, r => Assert.Contains(r.Clearance.ClearanceId, logged.Keys));
        Assert.Equal(logged.Count, logged.Values.Distinct().Count());
    }

    private static async Task SendAsync(IClientStreamWriter<ClearManifestRequest> requests)
    {
        try
        {
            for (var i = 0; i < Travellers; i++)
            {
                var application = TravelCorridor.Testing.Travellers.BusinessTrip();
                application.Traveller.Document.Number = $"K{i:D8}";
                await requests.WriteAsync(new ClearManifestRequest { Application = application, EntryReference = $"{i}" });
            }
            await requests.CompleteAsync();
        }
        catch (RpcException)
        {
            // The node was killed while this was still sending.
        }
        catch (InvalidOperationException)
        {
            // The call already ended.
        }
    }

    /// <summary>Every clearance of the node's audit log: id → traveller reference.</summary>
    private static async Task<Dictionary<string, string>> AuditLogAsync(ClearanceService.ClearanceServiceClient client, CallOptions officer)
    {
        var all = new Dictionary<string, string>();
        var token = "";
        do
        {
            var page = await client.ListClearancesAsync(new ListClearancesRequest { PageSize = 200, PageToken = token }, officer);
            foreach (var clearance in page.Clearances)
            {
                all.Add(clearance.ClearanceId, clearance.TravellerReference);
            }
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }
}
