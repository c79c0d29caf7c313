using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Federation.Bench;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

// dotnet run -c Release --project bench/Federation.Bench -- [rounds] [--split]
// Starts SG, MY and VN with deploy/local-corridor.sh (a broker each, federated on loopback), then measures how long
// a change made on SG takes to take effect on MY and VN, from the moment the writing call is sent.
var rounds = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 30;
var split = args.Contains("--split");
var poll = TimeSpan.FromMilliseconds(2);
var setupDeadline = TimeSpan.FromSeconds(90);

Console.WriteLine($"Starting SG, MY, VN with deploy/local-corridor.sh{(split ? " --split" : "")}…");
await using var corridor = await LocalCorridor.UpAsync(split, "SG", "MY", "VN");
var others = new[] { "MY", "VN" };
MembershipService.MembershipServiceClient Membership(string m) => new(corridor.Channel(m, "membership"));
EligibilityService.EligibilityServiceClient Eligibility(string m) => new(corridor.Channel(m, "eligibility"));
ClearanceService.ClearanceServiceClient Clearance(string m) => new(corridor.Channel(m, "clearance"));
CallOptions Admin(string m) => corridor.As(m, CorridorRoles.MemberAdmin);
CallOptions Officer(string m) => corridor.As(m, CorridorRoles.BorderOfficer);

// Set-up, not measured: SG's PASSES and RULES keys trusted everywhere, MY-SG open.
using var passesKey = corridor.PassesKey("SG");
using var rulesKey = EcSigningKey.Create("sg-rules-bench");
foreach (var (key, use) in new[] { (passesKey, KeyUse.Passes), (rulesKey, KeyUse.Rules) })
{
    await Membership("SG").AddTrustedKeyAsync(TrustedKeyRequests.For("SG", key, use), Admin("SG"));
}
var traveller = 0;
await OpenCorridorAsync();

var revocations = Enumerable.Range(0, 3).Select(i => new Latencies(i < 2 ? $"revocation → pass refused on {others[i]}" : "revocation → refused on both")).ToArray();
for (var round = 0; round < rounds; round++)
{
    var cleared = await ClearAsync("SG");
    var verify = new VerifyClearancePassRequest { Pass = cleared.Pass };
    await Task.WhenAll(others.Select(m => Until(async () => (await Clearance(m).VerifyClearancePassAsync(verify, Officer(m))).Valid, setupDeadline)));
    var clock = Stopwatch.StartNew();
    await Clearance("SG").RevokeClearanceAsync(new RevokeClearanceRequest { ClearanceId = cleared.ClearanceId, Reason = "bench" }, Officer("SG"));
    var each = await Task.WhenAll(others.Select(m => TimeUntil(clock, async () =>
        (await Clearance(m).VerifyClearancePassAsync(verify, Officer(m))).Problem == PassProblem.Revoked)));
    Record(revocations, each);
}
Console.WriteLine($"revocations: {rounds} rounds done");

var rules = Enumerable.Range(0, 3).Select(i => new Latencies(i < 2 ? $"rule set → listed on {others[i]}" : "rule set → listed on both")).ToArray();
for (var version = 1; version <= rounds + 1; version++)
{
    var now = DateTimeOffset.UtcNow;
    var document = RuleSetDocuments.Document("SG", version, now.AddHours(49).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
        [RuleSetDocuments.StayAtMost("SG", 1, 30 + version)]);
    var signed = CompactJws.Sign(rulesKey, Encoding.UTF8.GetBytes(document));
    var clock = Stopwatch.StartNew();
    await Eligibility("SG").PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = signed }, Admin("SG"));
    var v = version;
    var each = await Task.WhenAll(others.Select(m => TimeUntil(clock, async () =>
    {
        try
        {
            return (await Eligibility(m).GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Version = v })).RuleSet.Version == v;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    })));
    if (version > 1) // the first publication also warms up every node's path for rule sets
    {
        Record(rules, each);
    }
}
Console.WriteLine($"rule sets: {rounds} rounds done");

var suspensions = new[]
{
    new Latencies("suspension → SG clearance refuses"), new Latencies("suspension → MY clearance refuses"),
    new Latencies("suspension → VN membership shows it"), new Latencies("suspension → all three"),
};
var probe = new[]
{
    () => RefusesAsync("SG"),
    () => RefusesAsync("MY"),
    async () => (await Membership("VN").GetCorridorAsync(new GetCorridorRequest { CorridorId = "MY-SG" })).Corridor.Status == CorridorStatus.Suspended,
};
for (var round = 0; round < rounds; round++)
{
    var clock = Stopwatch.StartNew();
    await Membership("SG").SuspendCorridorAsync(new SuspendCorridorRequest { CorridorId = "MY-SG", SuspendingMember = "SG", Reason = "bench" }, Admin("SG"));
    var each = await Task.WhenAll(probe.Select(p => TimeUntil(clock, p)));
    for (var i = 0; i < each.Length; i++)
    {
        suspensions[i].Add(each[i]);
    }
    suspensions[^1].Add(each.Max());
    await OpenCorridorAsync();
}
Console.WriteLine($"suspensions: {rounds} rounds done");

Console.WriteLine();
Console.WriteLine($"SG, MY, VN{(split ? ", services split" : ", one node each")}, brokers federated on loopback; {Environment.ProcessorCount} cores; " +
    $"polled every {poll.TotalMilliseconds:0} ms from the moment the writing call was sent");
Console.WriteLine("| change on SG | rounds | p50 | p99 | min | max |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var latencies in rules.Concat(revocations).Concat(suspensions))
{
    Console.WriteLine(latencies.Row());
}
return;

static void Record(Latencies[] latencies, TimeSpan[] each)
{
    for (var i = 0; i < each.Length; i++)
    {
        latencies[i].Add(each[i]);
    }
    latencies[^1].Add(each.Max());
}

async Task<TravelCorridor.Clearance.V1.Clearance> ClearAsync(string member)
{
    var application = Travellers.BusinessTrip();
    application.Traveller.Document.Number = $"F{traveller++:D8}";
    var clearance = (await Clearance(member).ClearTravellerAsync(new ClearTravellerRequest { Application = application }, Officer(member))).Clearance;
    return clearance.Decision.Outcome == DecisionOutcome.Cleared ? clearance : throw new InvalidOperationException($"not cleared: {clearance.Decision}");
}

async Task<bool> RefusesAsync(string member)
{
    var application = Travellers.BusinessTrip();
    application.Traveller.Document.Number = $"S{traveller++:D8}";
    try
    {
        return (await Clearance(member).ClearTravellerAsync(new ClearTravellerRequest { Application = application }, Officer(member))).Clearance.Decision.Outcome
            != DecisionOutcome.Cleared;
    }
    catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
    {
        return true;
    }
}

async Task OpenCorridorAsync()
{
    await Membership("SG").ProposeCorridorAsync(new ProposeCorridorRequest
    {
        ProposingMember = "SG", PartnerMember = "MY", MaxStayDays = 14, Purposes = { TravelPurpose.EssentialBusiness },
    }, Admin("SG"));
    await Until(async () =>
    {
        try
        {
            await Membership("MY").AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "MY-SG", AcceptingMember = "MY" }, Admin("MY"));
            return true;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
        {
            return false; // the proposal has not reached MY yet
        }
    }, setupDeadline);
    await Task.WhenAll(new[] { "SG", "MY" }.Select(m => Until(async () => !await RefusesAsync(m), setupDeadline)));
}

async Task Until(Func<Task<bool>> condition, TimeSpan deadline)
{
    var clock = Stopwatch.StartNew();
    while (!await condition())
    {
        if (clock.Elapsed > deadline)
        {
            throw new TimeoutException("A set-up step did not complete in time.");
        }
        await Task.Delay(50);
    }
}

async Task<TimeSpan> TimeUntil(Stopwatch clock, Func<Task<bool>> condition)
{
    while (!await condition())
    {
        if (clock.Elapsed > TimeSpan.FromSeconds(60))
        {
            throw new TimeoutException("A change did not arrive within 60 s.");
        }
        await Task.Delay(poll);
    }
    return clock.Elapsed;
}
