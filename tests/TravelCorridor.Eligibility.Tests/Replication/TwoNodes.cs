using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Replication;

/// <summary>
/// The SG and VN nodes of a replication test, each with its own SQLite data directory, sharing one real
/// broker (as membership's replication tests start them), and SG's rule author, whose key VN already knows:
/// the key travels as a membership event of its own, and these tests are about what follows it.
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly RabbitMqBroker broker;

    private TwoNodes(RabbitMqBroker broker, NodeHost sg, NodeHost vn, LogCapture vnLogs)
    {
        this.broker = broker;
        Sg = sg;
        Vn = vn;
        VnLogs = vnLogs;
    }

    public NodeHost Sg { get; }

    public NodeHost Vn { get; private set; }

    /// <summary>
    /// What VN logs. A refusal is checked here as well as on /metrics: nodes in one process share their
    /// meters' listeners, so VN's /metrics also counts what SG refused (SG checks every set it receives too).
    /// </summary>
    public LogCapture VnLogs { get; }

    public EligibilityService.EligibilityServiceClient VnRules => new(Vn.Channel);

    /// <summary>A key id of its own for each test, so nothing one test registers can stand in for another's.</summary>
    public RuleSetAuthor Singapore { get; } = new("SG", $"sg-rules-{Guid.NewGuid():N}"[..17]);

    /// <param name="unknownKeyGrace">How long VN looks for a key it does not know yet; its default (15 s) unless given.</param>
    public static async Task<TwoNodes> StartAsync(RabbitMqBroker broker, TimeSpan? unknownKeyGrace = null)
    {
        var vnLogs = new LogCapture();
        var sg = await StartAsync(broker, "SG", unknownKeyGrace);
        var vn = await StartAsync(broker, "VN", unknownKeyGrace, vnLogs);
        var nodes = new TwoNodes(broker, sg, vn, vnLogs);
        await nodes.TrustAsync(nodes.Singapore, sg);
        return nodes;
    }

    /// <summary>Registers the author's key on its member's own node and waits until VN's snapshot, which verifies received sets, holds it.</summary>
    public async Task TrustAsync(RuleSetAuthor author, NodeHost home)
    {
        await author.RegisterAsync(home);
        await Eventually.Until(() => Snapshot(Vn).FindKey(author.Member, author.KeyId) is not null, Deadline);
    }

    public static IMembershipSnapshot Snapshot(NodeHost node) => node.Services.GetRequiredService<IMembershipSnapshot>();

    /// <summary>SG's rule set, one rule (a stay of at most <paramref name="stayDays"/> days), signed by <paramref name="author"/> (SG's by default).</summary>
    public string SignedSet(long version, DateTimeOffset validFrom, RuleSetAuthor? author = null, int stayDays = 14) =>
        (author ?? Singapore).Sign(RuleSetDocuments.Document("SG", version, validFrom, [RuleSetDocuments.StayAtMost("SG", 1, stayDays)]));

    /// <summary>An instant <paramref name="minutes"/> from now in whole seconds, as a rule set document writes validFrom.</summary>
    public static DateTimeOffset MinutesFromNow(int minutes)
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddMinutes(minutes);
    }

    public async Task<RuleSet> PublishOnSgAsync(string signed) =>
        (await new EligibilityService.EligibilityServiceClient(Sg.Channel).PublishRuleSetAsync(
            new PublishRuleSetRequest { SignedRuleSet = signed }, Sg.As(CorridorRoles.MemberAdmin, "SG"))).RuleSet;

    /// <summary>The event SG's node would send for <paramref name="signed"/>, its fields as given (a forger chooses them).</summary>
    public static RuleSetPublished Announcement(string signed, long version, DateTimeOffset validFrom, string keyId) =>
        new(Guid.NewGuid(), "SG", version, DateTimeOffset.UtcNow, "SG", version, validFrom, keyId, signed);

    /// <summary>
    /// Straight to the broker's exchange, no node checking it on the way, signed with its origin's node key: the
    /// event is authentic, so what VN does with the rule set inside it is what the caller tests.
    /// </summary>
    public Task DeliverAsync(RuleSetPublished change) => broker.PublishAsync(change, change.EventId, TestCorridor.Sign(change));

    /// <summary>SG's version 1, announced straight to the broker; returns the event once VN holds the set.</summary>
    public async Task<RuleSetPublished> DeliveredToVnAsync()
    {
        var validFrom = MinutesFromNow(1);
        var change = Announcement(SignedSet(1, validFrom), 1, validFrom, Singapore.KeyId);
        await DeliverAsync(change);
        await Eventually.Until(async () => await LatestOnVnAsync() is not null, Deadline);
        return change;
    }

    /// <summary>SG revokes its rules key on its own node; returns once both nodes' snapshots hold it revoked.</summary>
    public async Task RevokeSingaporesKeyAsync()
    {
        await Sg.Membership.RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = "SG", KeyId = Singapore.KeyId, Reason = "The private key leaked" },
            Sg.As(CorridorRoles.MemberAdmin, "SG"));
        await Eventually.Until(() => Snapshot(Sg).FindKey("SG", Singapore.KeyId) is { Revoked: true } &&
            Snapshot(Vn).FindKey("SG", Singapore.KeyId) is { Revoked: true }, Deadline);
    }

    /// <summary>VN's highest version of SG's rule set, or null while it holds none.</summary>
    public async Task<RuleSet?> LatestOnVnAsync()
    {
        try
        {
            return (await VnRules.GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Latest = true })).RuleSet;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The versions of SG's rule set VN lists, newest first.</summary>
    public async Task<long[]> VersionsOnVnAsync() =>
        [.. (await VnRules.ListRuleSetVersionsAsync(new ListRuleSetVersionsRequest { Member = "SG" })).Versions.Select(v => v.Version)];

    /// <summary>
    /// Waits until VN logged that it refused <paramref name="change"/> for <paramref name="reason"/>, and its
    /// /metrics count a refusal of SG's set for that reason, and one by the consumer.
    /// </summary>
    public Task RefusedOnVnAsync(RuleSetPublished change, string reason) =>
        Eventually.Until(async () =>
            VnLogs.Lines.Any(l => l.Contains($"Refused rule set SG v{change.Version} from SG (event {change.EventId}): {reason}:", StringComparison.Ordinal)) &&
            PrometheusText.Sum(await Vn.MetricsAsync(), "travelcorridor_rule_sets_refused_total", ("member", "SG"), ("reason", reason)) >= 1 &&
            await ConsumedOnVnAsync("refused") >= 1, Deadline);

    /// <summary>travelcorridor_events_consumed_total{consumer="ApplyRuleSetPublishedConsumer", outcome=…} on VN's /metrics.</summary>
    public async Task<double> ConsumedOnVnAsync(string outcome) =>
        PrometheusText.Sum(await Vn.MetricsAsync(), "travelcorridor_events_consumed_total",
            ("consumer", "ApplyRuleSetPublishedConsumer"), ("outcome", outcome));

    /// <summary>Starts VN again on the same data directory and settings; its queue on the broker kept what arrived meanwhile.</summary>
    public async Task StartVnAgainAsync()
    {
        Vn = await NodeHost.StartAsync(Vn.Member, Vn.DataDirectory, Vn.Settings, builder => Capture(builder, VnLogs));
        await Vn.WaitUntilServingAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Vn.DisposeAsync();
        await Sg.DisposeAsync();
    }

    private static async Task<NodeHost> StartAsync(RabbitMqBroker broker, string member, TimeSpan? unknownKeyGrace, LogCapture? logs = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            ["Membership:Secretariat"] = "SG",
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
            // Only published versions replicate; the baseline seed is local to each node and not the point here.
            ["Eligibility:SeedBaselineRules"] = "false",
        };
        if (unknownKeyGrace is { } grace)
        {
            settings["Eligibility:UnknownKeyGrace"] = grace.ToString("c");
        }
        var node = await NodeHost.StartAsync(member, settings: settings, addMore: logs is null ? null : builder => Capture(builder, logs));
        await node.WaitUntilServingAsync();
        return node;
    }

    /// <summary>Down to Debug for the capture alone, where the replica writer says it ignored a duplicate.</summary>
    private static void Capture(WebApplicationBuilder builder, LogCapture logs) =>
        builder.Logging.AddProvider(logs).AddFilter<LogCapture>("TravelCorridor", LogLevel.Debug);
}
