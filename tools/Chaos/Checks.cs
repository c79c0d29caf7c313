using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Chaos;

/// <summary>
/// What must hold once every fault is healed: every member's replicas equal field by field (member states,
/// corridors, the trust list, every member's rule-set versions), every acknowledged write present everywhere,
/// nothing applied twice, every decision a client received in its node's audit log, every acknowledged revocation
/// refused on every member.
/// </summary>
/// <param name="recordedBefore">Audit records of each deciding member before the workload began (the set-up's).</param>
internal sealed class Checks(
    LocalCorridor corridor, Workload workload, IReadOnlyList<string> members, IReadOnlyDictionary<string, int> recordedBefore, Action<string> log)
{
    public List<string> Violations { get; } = [];

    public List<string> Passed { get; } = [];

    public async Task RunAsync(TimeSpan convergeWithin)
    {
        await ConvergedAsync("member states, corridors and trust lists equal on every member", MembershipStateAsync, convergeWithin);
        await ConvergedAsync("every member's rule-set versions equal on every member", RuleSetVersionsAsync, convergeWithin);
        await AcknowledgedKeysAsync();
        await AcknowledgedRuleSetsAsync();
        await DecisionsRecordedAsync();
        await RevocationsEverywhereAsync(convergeWithin);
    }

    private async Task ConvergedAsync(string what, Func<string, Task<string>> state, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        string[] states;
        do
        {
            states = await Task.WhenAll(members.Select(async m =>
            {
                try
                {
                    return await state(m);
                }
                catch (RpcException e)
                {
                    return $"unreachable: {e.Status.Detail}";
                }
            }));
            if (states.Distinct().Count() == 1)
            {
                Pass($"{what} (after {clock.Elapsed.TotalSeconds:0.0} s)");
                return;
            }
            await Task.Delay(500);
        }
        while (clock.Elapsed < within);
        var lines = states.Select(s => s.Split('\n')).ToArray();
        var first = Enumerable.Range(0, lines.Min(l => l.Length)).FirstOrDefault(i => lines.Select(l => l[i]).Distinct().Count() > 1);
        Fail($"{what}: still different after {within.TotalSeconds:0} s; first difference: " +
             string.Join(" | ", members.Select((m, i) => $"{m}: {(first < lines[i].Length ? lines[i][first] : "(end)")}")));
    }

    private async Task<string> MembershipStateAsync(string member)
    {
        var client = new MembershipService.MembershipServiceClient(corridor.Channel(member, "membership"));
        var lines = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListMemberStatesAsync(new ListMemberStatesRequest { PageSize = 100, PageToken = token });
            lines.AddRange(page.MemberStates.Select(s => JsonFormatter.Default.Format(s)));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        do
        {
            var page = await client.ListCorridorsAsync(new ListCorridorsRequest { PageSize = 100, PageToken = token });
            lines.AddRange(page.Corridors.Select(c => JsonFormatter.Default.Format(c)));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        lines.AddRange((await TrustListAsync(member)).Select(k => JsonFormatter.Default.Format(k)));
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private async Task<List<TrustedKey>> TrustListAsync(string member)
    {
        var client = new MembershipService.MembershipServiceClient(corridor.Channel(member, "membership"));
        var keys = new List<TrustedKey>();
        var token = "";
        do
        {
            var page = await client.ListTrustedKeysAsync(new ListTrustedKeysRequest { IncludeRevoked = true, PageSize = 100, PageToken = token });
            keys.AddRange(page.TrustedKeys);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return keys;
    }

    private async Task<string> RuleSetVersionsAsync(string member)
    {
        var client = new EligibilityService.EligibilityServiceClient(corridor.Channel(member, "eligibility"));
        var lines = new List<string>();
        foreach (var publisher in members)
        {
            var token = "";
            do
            {
                var page = await client.ListRuleSetVersionsAsync(new ListRuleSetVersionsRequest { Member = publisher, PageSize = 100, PageToken = token });
                lines.AddRange(page.Versions.Select(v => $"{publisher} {JsonFormatter.Default.Format(v)}"));
                token = page.NextPageToken;
            }
            while (token.Length > 0);
        }
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    private async Task AcknowledgedKeysAsync()
    {
        foreach (var member in members)
        {
            var keys = await TrustListAsync(member);
            var missing = workload.Keys.Where(k => !keys.Any(t => t.Member == k.Key.Member && t.KeyId == k.Key.KeyId)).ToList();
            var notRevoked = workload.Keys.Where(k => k.Value && keys.Any(t => t.KeyId == k.Key.KeyId && t.RevokedAt is null)).ToList();
            var twice = keys.GroupBy(k => (k.Member, k.KeyId)).Where(g => g.Count() > 1).ToList();
            Check(missing.Count == 0 && notRevoked.Count == 0 && twice.Count == 0,
                $"{workload.Keys.Count} acknowledged key additions ({workload.Keys.Count(k => k.Value)} revoked) as acknowledged, once each, in {member}'s trust list",
                $"{member}'s trust list: {missing.Count} acknowledged keys missing, {notRevoked.Count} acknowledged revocations not applied, {twice.Count} keys listed twice");
        }
    }

    private async Task AcknowledgedRuleSetsAsync()
    {
        foreach (var member in members)
        {
            var client = new EligibilityService.EligibilityServiceClient(corridor.Channel(member, "eligibility"));
            var missing = 0;
            foreach (var (publisher, version) in workload.RuleSets)
            {
                try
                {
                    await client.GetRuleSetAsync(new GetRuleSetRequest { Member = publisher, Version = version });
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
                {
                    missing++;
                }
            }
            Check(missing == 0, $"{workload.RuleSets.Count} acknowledged rule-set publications on {member}",
                $"{member}: {missing} of {workload.RuleSets.Count} acknowledged rule sets missing");
        }
    }

    private async Task DecisionsRecordedAsync()
    {
        foreach (var decider in Workload.Deciding)
        {
            var recorded = await AuditLogAsync(corridor, decider);
            var received = workload.Decisions.Where(d => d.Value.Member == decider).Select(d => d.Key).ToList();
            var missing = received.Except(recorded).Count();
            var twice = recorded.Count - recorded.Distinct().Count();
            var asked = workload.DecisionsAsked[decider];
            var during = recorded.Count - recordedBefore[decider];
            Check(missing == 0 && twice == 0 && during <= asked,
                $"{decider}'s audit log: all {received.Count} decisions clients received, {during} records made during the run, none twice, at most the {asked} asked for",
                $"{decider}'s audit log: {missing} received decisions missing, {twice} recorded twice, {during} records made during the run for {asked} asked");
        }
    }

    /// <summary>Every clearance id in <paramref name="decider"/>'s audit log.</summary>
    public static async Task<List<string>> AuditLogAsync(LocalCorridor corridor, string decider)
    {
        var client = new ClearanceService.ClearanceServiceClient(corridor.Channel(decider, "clearance"));
        var recorded = new List<string>();
        var token = "";
        do
        {
            var page = await client.ListClearancesAsync(new ListClearancesRequest { PageSize = 500, PageToken = token },
                corridor.As(decider, CorridorRoles.BorderOfficer));
            recorded.AddRange(page.Clearances.Select(c => c.ClearanceId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return recorded;
    }

    private async Task RevocationsEverywhereAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var pending = workload.Revoked.SelectMany(id => members.Select(m => (Id: id, Member: m))).ToList();
        while (pending.Count > 0 && clock.Elapsed < within)
        {
            var still = new List<(string Id, string Member)>();
            foreach (var (id, member) in pending)
            {
                var verdict = await new ClearanceService.ClearanceServiceClient(corridor.Channel(member, "clearance"))
                    .VerifyClearancePassAsync(workload.Decisions[id].Verify, corridor.As(member, CorridorRoles.BorderOfficer));
                if (verdict.Problem != PassProblem.Revoked)
                {
                    still.Add((id, member));
                }
            }
            pending = still;
            if (pending.Count > 0)
            {
                await Task.Delay(500);
            }
        }
        Check(pending.Count == 0, $"{workload.Revoked.Count} acknowledged revocations refused on every member",
            $"{pending.Count} (revocation, member) pairs still accept the pass, e.g. {string.Join(", ", pending.Take(3))}");
    }

    private void Check(bool holds, string passed, string failed)
    {
        if (holds)
        {
            Pass(passed);
        }
        else
        {
            Fail(failed);
        }
    }

    private void Pass(string what)
    {
        Passed.Add(what);
        log($"check  ok    {what}");
    }

    private void Fail(string what)
    {
        Violations.Add(what);
        log($"check  FAIL  {what}");
    }
}
