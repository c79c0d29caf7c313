using System.Diagnostics;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Bench;

/// <summary>One manifest of distinct travellers on one ClearManifest stream, sent and read at once.</summary>
internal static class ManifestRun
{
    /// <returns>Travellers per second from the first entry sent to the last answer read, and the answers by outcome.</returns>
    /// <param name="batch">Makes this manifest's document numbers its own (capitals and digits, as the check wants).</param>
    public static async Task<(double Rate, Dictionary<string, int> Outcomes)> RunAsync(NodeProcess node, int travellers, string batch)
    {
        var client = new ClearanceService.ClearanceServiceClient(node.Channel);
        // Applications are made before the clock starts: the figure is the node's, not the client's.
        var entries = Enumerable.Range(0, travellers).Select(i =>
        {
            var application = Travellers.BusinessTrip();
            application.Traveller.Document.Number = $"{batch}N{i:D7}";
            return new ClearManifestRequest { Application = application, EntryReference = $"{i}" };
        }).ToList();
        var outcomes = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        using var call = client.ClearManifest(node.As(CorridorRoles.BorderOfficer, "SG"));
        var sending = Task.Run(async () =>
        {
            foreach (var entry in entries)
            {
                await call.RequestStream.WriteAsync(entry);
            }
            await call.RequestStream.CompleteAsync();
        });
        var answered = 0;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            var answer = call.ResponseStream.Current;
            var outcome = answer.ResultCase == ClearManifestResponse.ResultOneofCase.Error
                ? "error " + answer.Error.Reason
                : answer.Clearance.Decision.Outcome.ToString();
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            answered++;
        }
        await sending;
        clock.Stop();
        if (answered != travellers || outcomes.Keys.Any(k => k.StartsWith("error", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{answered} answers for {travellers} travellers: {string.Join(", ", outcomes)}.");
        }
        return (travellers / clock.Elapsed.TotalSeconds, outcomes);
    }
}
