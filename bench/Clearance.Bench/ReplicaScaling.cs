using System.Diagnostics;
using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Bench;

/// <summary>
/// ClearManifest on one member's clearance scaled out: replicas on one PostgreSQL database and one broker (audit
/// log, outbox and pass keys shared), membership and eligibility in a process of their own. Rounds alternate one
/// replica (one stream) and two replicas (a stream each, at once) in the same run, so both see the same machine.
/// </summary>
internal static class ReplicaScaling
{
    public static async Task RunAsync(int travellers, int rounds)
    {
        await using var postgres = new PostgresServer { Log = _ => { } };
        await using var broker = new RabbitMqBroker { Log = _ => { } };
        await Task.WhenAll(postgres.StartAsync(), broker.StartAsync());
        var database = await postgres.CreateDatabaseAsync("clearance_replicas");
        var keys = ScratchDirectory.NewPath("tc-bench-replica-keys");
        Directory.CreateDirectory(keys);
        await using var core = await NodeProcess.StartAsync("SG", "membership,eligibility", new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Eligibility:SeedBaselineRules"] = "true",
        });
        var replicas = new List<NodeProcess>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                replicas.Add(await ClearanceReplicas.StartAsync("SG", broker.AmqpUri, database, core, keys));
            }
            await Corridors.OpenMySgAsync(core);
            Console.WriteLine($"ClearManifest on PostgreSQL with a broker: {travellers:N0} travellers per stream, clearance as 1 replica " +
                $"(one stream) and as 2 replicas (two streams at once), alternating; {rounds} rounds each after 25 s of warm-up.");
            var warmUp = Stopwatch.StartNew();
            for (var round = 1; warmUp.Elapsed < TimeSpan.FromSeconds(25); round++)
            {
                Console.WriteLine($"warm-up  {await RoundAsync(replicas, travellers, $"W{round}"),10:N0} travellers/s");
            }
            var one = new List<double>();
            var two = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                one.Add(await RoundAsync(replicas.Take(1).ToList(), travellers, $"A{round}"));
                two.Add(await RoundAsync(replicas, travellers, $"B{round}"));
                Console.WriteLine($"round {round}  1 replica {one[^1],8:N0}  2 replicas {two[^1],8:N0} travellers/s");
            }
            one.Sort();
            two.Sort();
            Console.WriteLine();
            Console.WriteLine($"median: 1 replica {one[one.Count / 2]:N0}, 2 replicas {two[two.Count / 2]:N0} travellers/s " +
                $"({two[two.Count / 2] / one[one.Count / 2]:0.00}×); ranges {one[0]:N0}–{one[^1]:N0} and {two[0]:N0}–{two[^1]:N0}");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
            Directory.Delete(keys, recursive: true);
        }
    }

    /// <summary>One manifest per replica, all at once; travellers per second over the whole round.</summary>
    private static async Task<double> RoundAsync(IReadOnlyList<NodeProcess> replicas, int travellers, string batch)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(replicas.Select((replica, i) => ManifestRun.RunAsync(replica, travellers, $"{batch}R{i}")));
        return replicas.Count * travellers / clock.Elapsed.TotalSeconds;
    }
}
