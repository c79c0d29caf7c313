using System.Collections.Concurrent;
using System.Text;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Chaos;

/// <summary>
/// What clients do during the run, seeded: each member's admin adds and revokes its own PASSES keys and publishes
/// rule sets on its own node; SG's and MY's officers clear travellers and small manifests on the MY-SG corridor and
/// revoke some of their clearances. Every write a client saw acknowledged is remembered, to be looked for at the end.
/// </summary>
internal sealed class Workload(LocalCorridor corridor, IReadOnlyDictionary<string, EcSigningKey> rulesKeys, int seed)
{
    public static readonly string[] Deciding = ["SG", "MY"];

    private readonly Random random = new(seed);
    private readonly Dictionary<string, long> nextVersion = rulesKeys.Keys.ToDictionary(m => m, _ => 1L);
    private int travellers;

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public ConcurrentDictionary<string, int> Acknowledged { get; } = new();

    /// <summary>(member, key id) of every PASSES key whose addition was acknowledged, and whether its revocation was.</summary>
    public Dictionary<(string Member, string KeyId), bool> Keys { get; } = [];

    /// <summary>(member, version) of every acknowledged rule-set publication.</summary>
    public List<(string Member, long Version)> RuleSets { get; } = [];

    /// <summary>Every decision a client received: clearance id → deciding member; and the acknowledged revocations.</summary>
    public Dictionary<string, (string Member, VerifyClearancePassRequest Verify)> Decisions { get; } = [];

    public HashSet<string> Revoked { get; } = [];

    /// <summary>Decisions asked for per deciding member, answered or not: the audit log may hold at most these.</summary>
    public Dictionary<string, int> DecisionsAsked { get; } = Deciding.ToDictionary(m => m, _ => 0);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var kind = random.Next(10) switch
            {
                0 or 1 => "add-key",
                2 => "revoke-key",
                3 => "publish-rules",
                4 or 5 or 6 => "clear",
                7 => "manifest",
                _ => "revoke-clearance",
            };
            Attempts.AddOrUpdate(kind, 1, (_, n) => n + 1);
            try
            {
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                if (await DoAsync(kind, deadline.Token))
                {
                    Acknowledged.AddOrUpdate(kind, 1, (_, n) => n + 1);
                }
            }
            catch (RpcException)
            {
                // Refused, unavailable or timed out under a fault: not acknowledged, so not expected at the end.
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 + random.Next(150)), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> DoAsync(string kind, CancellationToken deadline)
    {
        var member = rulesKeys.Keys.ElementAt(random.Next(rulesKeys.Count));
        var decider = Deciding[random.Next(Deciding.Length)];
        switch (kind)
        {
            case "add-key":
            {
                using var key = EcSigningKey.Create($"{member.ToLowerInvariant()}-chaos-{Guid.NewGuid():N}"[..30]);
                await Membership(member).AddTrustedKeyAsync(TrustedKeyRequests.For(member, key, KeyUse.Passes), Options(member, CorridorRoles.MemberAdmin, deadline));
                Keys[(member, key.KeyId)] = false;
                return true;
            }
            case "revoke-key":
            {
                var candidates = Keys.Where(k => k.Key.Member == member && !k.Value).Select(k => k.Key).ToList();
                if (candidates.Count == 0)
                {
                    return false;
                }
                var target = candidates[random.Next(candidates.Count)];
                await Membership(member).RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = member, KeyId = target.KeyId, Reason = "chaos" },
                    Options(member, CorridorRoles.MemberAdmin, deadline));
                Keys[target] = true;
                return true;
            }
            case "publish-rules":
            {
                var version = nextVersion[member]++;
                var now = DateTimeOffset.UtcNow;
                var document = RuleSetDocuments.Document(member, version, now.AddHours(49).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
                    [RuleSetDocuments.StayAtMost(member, 1, 30 + (int)version)]);
                await Eligibility(member).PublishRuleSetAsync(new PublishRuleSetRequest
                {
                    SignedRuleSet = CompactJws.Sign(rulesKeys[member], Encoding.UTF8.GetBytes(document)),
                }, Options(member, CorridorRoles.MemberAdmin, deadline));
                RuleSets.Add((member, version));
                return true;
            }
            case "clear":
            {
                DecisionsAsked[decider]++;
                var clearance = (await Clearance(decider).ClearTravellerAsync(new ClearTravellerRequest { Application = Application() },
                    Options(decider, CorridorRoles.BorderOfficer, deadline))).Clearance;
                Decisions[clearance.ClearanceId] = (decider, new VerifyClearancePassRequest { Pass = clearance.Pass });
                return true;
            }
            case "manifest":
            {
                using var call = Clearance(decider).ClearManifest(Options(decider, CorridorRoles.BorderOfficer, deadline));
                for (var i = 0; i < 5; i++)
                {
                    DecisionsAsked[decider]++;
                    await call.RequestStream.WriteAsync(new ClearManifestRequest { Application = Application(), EntryReference = $"{i}" });
                }
                await call.RequestStream.CompleteAsync();
                while (await call.ResponseStream.MoveNext(deadline))
                {
                    if (call.ResponseStream.Current.Clearance is { } clearance)
                    {
                        Decisions[clearance.ClearanceId] = (decider, new VerifyClearancePassRequest { Pass = clearance.Pass });
                    }
                }
                return true;
            }
            default:
            {
                var candidates = Decisions.Where(d => d.Value.Member == decider && !Revoked.Contains(d.Key) && d.Value.Verify.Pass is not null)
                    .Select(d => d.Key).ToList();
                if (candidates.Count == 0)
                {
                    return false;
                }
                var id = candidates[random.Next(candidates.Count)];
                await Clearance(decider).RevokeClearanceAsync(new RevokeClearanceRequest { ClearanceId = id, Reason = "chaos" },
                    Options(decider, CorridorRoles.BorderOfficer, deadline));
                Revoked.Add(id);
                return true;
            }
        }
    }

    private TravellerApplication Application()
    {
        var application = Testing.Travellers.BusinessTrip();
        application.Traveller.Document.Number = $"C{Interlocked.Increment(ref travellers):D8}";
        return application;
    }

    private CallOptions Options(string member, string role, CancellationToken deadline) =>
        corridor.As(member, role).WithCancellationToken(deadline);

    private MembershipService.MembershipServiceClient Membership(string m) => new(corridor.Channel(m, "membership"));

    private EligibilityService.EligibilityServiceClient Eligibility(string m) => new(corridor.Channel(m, "eligibility"));

    private ClearanceService.ClearanceServiceClient Clearance(string m) => new(corridor.Channel(m, "clearance"));
}
