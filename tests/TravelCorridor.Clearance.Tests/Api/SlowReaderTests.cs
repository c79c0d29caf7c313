using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// A manifest whose caller sends fast and does not read: the node decides a window's worth and stops, and
/// HTTP/2 flow control holds the sender back, so nothing grows with the manifest's length. Once the caller
/// reads, everything flows again and every entry is answered.
/// </summary>
public sealed class SlowReaderTests : IAsyncLifetime
{
    private const int Window = 64;
    private const int Entries = 10_000;

    private NodeHost node = null!;

    public async Task InitializeAsync()
    {
        node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Eligibility:SeedBaselineRules"] = "true",
            ["Clearance:ManifestWindow"] = Window.ToString(),
        });
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
    }

    [Fact]
    public async Task A_caller_that_does_not_read_is_held_back_and_the_node_decides_only_a_window_ahead()
    {
        using var call = new ClearanceService.ClearanceServiceClient(node.Channel).ClearManifest(node.As("border-officer", "SG"));
        var sent = 0;
        var sending = Task.Run(async () =>
        {
            for (var i = 0; i < Entries; i++)
            {
                var application = Travellers.BusinessTrip();
                application.Traveller.Document.Number = $"S{i:D8}";
                await call.RequestStream.WriteAsync(new ClearManifestRequest { Application = application });
                Interlocked.Increment(ref sent);
            }
            await call.RequestStream.CompleteAsync();
        });

        // Once the node has filled its window, nothing may move while the caller does not read: watched for 2 s.
        await Eventually.Until(async () => await DecidedAsync() >= Window, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var sentThen = Volatile.Read(ref sent);
        var decidedThen = await DecidedAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var sentLater = Volatile.Read(ref sent);
        var decidedLater = await DecidedAsync();

        var answered = 0;
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            answered++;
        }
        await sending;

        Assert.True(sentThen < Entries, $"the sender was not held back: it sent all {sentThen} entries");
        Assert.Equal(sentThen, sentLater);
        Assert.Equal(decidedThen, decidedLater);
        // The window, plus the answers HTTP/2 and Kestrel buffer for a caller that does not read (about 64 KiB each).
        Assert.InRange(decidedLater, Window, Window + 200);
        Assert.Equal(Entries, answered);
        Assert.Equal(Entries, await DecidedAsync());
    }

    private Task<int> DecidedAsync() => node.QueryAsync<ClearanceDbContext, int>(db => db.Clearances.CountAsync());

    public async Task DisposeAsync() => await node.DisposeAsync();
}
