using TravelCorridor.Chaos;
using Xunit.Abstractions;

namespace TravelCorridor.Federation.Tests;

/// <summary>
/// The CI variant of deploy/chaos.sh: three member states with split services under a workload while a seeded
/// schedule kills processes, stops brokers, cuts federation links and pauses processes; after healing every check
/// must hold. A failure names the seed, and <c>deploy/chaos.sh --seed 13 --seconds 45</c> replays it.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task After_a_seeded_fault_schedule_every_member_converges_and_nothing_acknowledged_is_lost()
    {
        var violations = await ChaosRun.RunAsync(seed: 13, TimeSpan.FromSeconds(45), output.WriteLine);

        Assert.Empty(violations);
    }
}
