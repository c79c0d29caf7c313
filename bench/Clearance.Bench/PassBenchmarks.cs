using BenchmarkDotNet.Attributes;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Signing;

namespace TravelCorridor.Clearance.Bench;

/// <summary>
/// The cryptography a cleared traveller costs, alone on one thread: the pass's ES256 signature (what
/// <c>ClearanceDesk</c> signs, with a fresh key of the kind a node makes) and the keyed hash that names the
/// traveller. Set beside the load benchmark's CPU per Ping, it bounds what ClearTraveller can reach.
/// </summary>
[MemoryDiagnoser]
public class PassBenchmarks
{
    private readonly EcSigningKey key = EcSigningKey.Create("sg-passes-bench");
    private readonly TravellerReference travellers = new(new byte[TravellerReference.SecretBytes]);
    private byte[] claims = [];

    [GlobalSetup]
    public void SetUp()
    {
        var now = DateTimeOffset.UtcNow;
        var holder = PassHolder.Bind("MY", "A12345678", "1985-07-14");
        claims = new PassClaims(ClearanceIds.New(now), "SG", travellers.Of("MYS", "A12345678"), "MY", "SG", "ESSENTIAL_BUSINESS",
            now, now.AddDays(3), "SG", 1, holder.Salt, holder.Document, holder.DocumentAndBirth).ToJson();
    }

    [Benchmark(Description = "sign a pass (ES256)")]
    public string SignPass() => CompactJws.Sign(key, claims, PassClaims.MediaType);

    [Benchmark(Description = "bind the pass to its holder (salt, two SHA-256)")]
    public string BindHolder() => PassHolder.Bind("MY", "A12345678", "1985-07-14").Document;

    [Benchmark(Description = "traveller reference (HMAC-SHA-256)")]
    public string Reference() => travellers.Of("MYS", "A12345678");

    [GlobalCleanup]
    public void CleanUp() => key.Dispose();
}
