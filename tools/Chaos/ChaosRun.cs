using System.Diagnostics;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Chaos;

/// <summary>
/// One run: SG, MY and VN with split services (deploy/local-corridor.sh), a seeded workload and fault schedule for
/// the given time, then every fault healed and the checks. The same seed gives the same schedule and workload.
/// </summary>
public static class ChaosRun
{
    public static readonly string[] Members = ["SG", "MY", "VN"];

    /// <returns>The violations found; none means the run passed.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(int seed, TimeSpan duration, Action<string> log)
    {
        var schedule = FaultSchedule.Make(seed, duration, Members);
        log($"seed {seed}, {duration.TotalSeconds:0} s, {schedule.Count} faults; starting SG, MY, VN (split services) with deploy/local-corridor.sh");
        await using var corridor = await LocalCorridor.UpAsync(split: true, Members);
        var rulesKeys = Members.ToDictionary(m => m, m => EcSigningKey.Create($"{m.ToLowerInvariant()}-rules-chaos"));
        try
        {
            await PrepareAsync(corridor, rulesKeys);
            var recordedBefore = new Dictionary<string, int>();
            foreach (var decider in Workload.Deciding)
            {
                recordedBefore[decider] = (await Checks.AuditLogAsync(corridor, decider)).Count;
            }
            var workload = new Workload(corridor, rulesKeys, seed);
            var faults = new FaultInjector(corridor, log);
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var running = workload.RunAsync(stop.Token);
            await faults.RunAsync(schedule, DateTimeOffset.UtcNow, CancellationToken.None);
            var left = duration - clock.Elapsed;
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
            await stop.CancelAsync();
            await running;
            log("workload stopped; healing everything");
            await faults.HealEverythingAsync(Members);

            var checks = new Checks(corridor, workload, Members, recordedBefore, log);
            await checks.RunAsync(TimeSpan.FromSeconds(120));
            log("");
            log($"operations (acknowledged/attempted): {string.Join(", ", workload.Attempts.OrderBy(a => a.Key).Select(a => $"{a.Key} {workload.Acknowledged.GetValueOrDefault(a.Key)}/{a.Value}"))}");
            log($"faults: {string.Join(", ", schedule.GroupBy(f => f.Kind).Select(g => $"{g.Key} {g.Count()}"))}");
            log($"checks: {checks.Passed.Count} passed, {checks.Violations.Count} violated");
            if (checks.Violations.Count > 0)
            {
                await KeepLogsAsync(corridor, seed, log);
            }
            return checks.Violations;
        }
        finally
        {
            foreach (var key in rulesKeys.Values)
            {
                key.Dispose();
            }
        }
    }

    /// <summary>Before the faults: every member's RULES key trusted everywhere, SG's and MY's PASSES keys too, MY-SG open.</summary>
    private static async Task PrepareAsync(LocalCorridor corridor, IReadOnlyDictionary<string, EcSigningKey> rulesKeys)
    {
        foreach (var member in Members)
        {
            using var passes = corridor.PassesKey(member);
            foreach (var (key, use) in new[] { (rulesKeys[member], KeyUse.Rules), (passes, KeyUse.Passes) })
            {
                await Membership(corridor, member).AddTrustedKeyAsync(TrustedKeyRequests.For(member, key, use), corridor.As(member, CorridorRoles.MemberAdmin));
            }
        }
        await Membership(corridor, "SG").ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG", PartnerMember = "MY", MaxStayDays = 14, Purposes = { TravelPurpose.EssentialBusiness },
        }, corridor.As("SG", CorridorRoles.MemberAdmin));
        await Eventually.Until(async () =>
        {
            try
            {
                await Membership(corridor, "MY").AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "MY-SG", AcceptingMember = "MY" },
                    corridor.As("MY", CorridorRoles.MemberAdmin));
                return true;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60));
        // Every member knows every key (a rule set signed with a key not yet known would wait, then be refused).
        foreach (var member in Members)
        {
            await Eventually.Until(async () =>
                (await Membership(corridor, member).ListTrustedKeysAsync(new ListTrustedKeysRequest { PageSize = 100 })).TrustedKeys.Count >= 2 * Members.Length,
                TimeSpan.FromSeconds(60));
        }
        foreach (var decider in Workload.Deciding)
        {
            await Eventually.Until(async () =>
            {
                var application = Travellers.BusinessTrip();
                application.Traveller.Document.Number = "P00000001";
                return (await new ClearanceService.ClearanceServiceClient(corridor.Channel(decider, "clearance")).ClearTravellerAsync(
                    new ClearTravellerRequest { Application = application }, corridor.As(decider, CorridorRoles.BorderOfficer))).Clearance.Decision.Outcome
                    == DecisionOutcome.Cleared;
            }, TimeSpan.FromSeconds(60));
        }
    }

    private static MembershipService.MembershipServiceClient Membership(LocalCorridor corridor, string member) => new(corridor.Channel(member, "membership"));

    /// <summary>
    /// A failing run's logs outlive the corridor: chaos-logs-SEED/ in the working directory, with each broker's
    /// federation links and queues as they were at the end (what a stuck link or an unconsumed queue shows).
    /// </summary>
    private static async Task KeepLogsAsync(LocalCorridor corridor, int seed, Action<string> log)
    {
        var target = Path.GetFullPath($"chaos-logs-{seed}");
        Directory.CreateDirectory(target);
        foreach (var member in Members)
        {
            var state = new System.Text.StringBuilder();
            foreach (var command in new[] { new[] { "federation_status" }, ["list_queues", "name", "messages", "messages_unacknowledged", "consumers"], ["list_exchanges", "name", "type"], ["list_connections", "user", "name", "state"] })
            {
                state.AppendLine($"$ rabbitmqctl {string.Join(' ', command)}");
                try
                {
                    state.AppendLine(await corridor.RabbitmqctlAsync(member, command));
                }
                catch (Exception e)
                {
                    state.AppendLine(e.Message);
                }
            }
            await File.WriteAllTextAsync(Path.Combine(target, $"broker-state-{member.ToLowerInvariant()}.txt"), state.ToString());
        }
        foreach (var file in Directory.EnumerateFiles(corridor.Directory, "*.log", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(corridor.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        log($"logs of every process kept in {target}");
    }
}
