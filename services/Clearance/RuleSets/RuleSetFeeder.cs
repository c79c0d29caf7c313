using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Following;
using TravelCorridor.Kernel;

namespace TravelCorridor.Clearance.RuleSets;

/// <summary>
/// For clearance in a process without eligibility: keeps a rule-set catalog of its own current by following
/// <c>WatchRuleSets</c> of the eligibility service at <see cref="ClearanceOptions.EligibilityAddress"/>, and
/// keeps what it received in <see cref="FileName"/> under the data directory, so a restart while eligibility
/// is unreachable decides with the sets it had, and following resumes after the last sequence seen (the loop,
/// back-off, fresh start and file are the <c>Following</c> block's, as for the membership snapshot).
/// </summary>
/// <remarks>
/// Each set is verified here against this process's own trust list, as a node verifies a set that reaches
/// it over the broker (<see cref="ReceivedRuleSetCheck"/>): an eligibility service that was misconfigured
/// or taken over cannot hand clearance rules its member never signed. A refused set is logged, counted and
/// skipped; the process keeps deciding with what it had. Each accepted set is compiled from its signed
/// document, as eligibility compiles it. Baseline seeds are not streamed: this process seeds its own, as
/// eligibility does, with <c>Eligibility:SeedBaselineRules</c>.
/// </remarks>
internal sealed partial class RuleSetFeeder(
    RuleSetCatalog catalog,
    ReceivedRuleSetCheck check,
    IOptions<ClearanceOptions> options,
    IOptions<NodeOptions> node,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<RuleSetFeeder> logger)
    : ChangeLogFollower(new ReconnectBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(15)), lifetime, time), IRuleSetSource
{
    public const string FileName = "clearance-rule-sets.json";

    private readonly SavedFile<Saved> file = SavedFile<Saved>.Under(node.Value, FileName, "rule sets", logger);
    private readonly Uri address = new(options.Value.EligibilityAddress!);
    private readonly List<PublishedRuleSet> received = [];
    private long sequence;
    private bool connected;

    public string Description => $"the eligibility service at {address}";

    protected override long ResumeAfter => sequence;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Read() is { } saved)
        {
            sequence = saved.Sequence;
            received.AddRange(saved.RuleSets);
            catalog.Add(saved.RuleSets);
            LogLoaded(logger, file.Path, saved.RuleSets.Length, saved.Sequence);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task FollowAsync(Action answered, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var client = new EligibilityService.EligibilityServiceClient(channel);
        using var call = client.WatchRuleSets(new WatchRuleSetsRequest { AfterSequence = sequence }, cancellationToken: cancellationToken);
        await foreach (var change in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (!connected)
            {
                connected = true;
                answered();
                LogFollowing(logger, address, sequence);
            }
            await ApplyAsync(change, cancellationToken);
        }
    }

    /// <summary>Eligibility's change log ends before what this process saw: follow it from the start; sets already held are skipped.</summary>
    protected override void StartAgain(string detail)
    {
        LogLogReplaced(logger, address, sequence, detail);
        sequence = 0;
    }

    protected override void Lost(Exception error)
    {
        if (connected || sequence == 0)
        {
            LogUnreachable(logger, address, sequence, error.Message);
        }
        connected = false;
    }

    private async Task ApplyAsync(WatchRuleSetsResponse change, CancellationToken cancellationToken)
    {
        var set = change.RuleSet;
        var held = catalog.Find(set.Member, set.Version) is not null;
        if (!set.Seed && set.SignedRuleSet.Length > 0 && !held)
        {
            var published = new PublishedRuleSet(set.Member, set.Version, set.ValidFrom?.ToDateTimeOffset() ?? default, set.KeyId,
                set.SignedRuleSet, set.PublishedAt?.ToDateTimeOffset() ?? default, set.PublishedBy);
            if (await check.AcceptAsync(published, Description, cancellationToken))
            {
                catalog.Add([published]);
                received.Add(published);
            }
        }
        sequence = change.Sequence;
        file.Write(new Saved(sequence, [.. received]));
    }

    private Saved? Read()
    {
        var saved = file.Read();
        if (saved?.RuleSets?.Any(r => r?.Signed is null || r.Member is null || r.KeyId is null) == true)
        {
            // Written before the sets were kept as the decision core's PublishedRuleSet (or damaged): follow from the start.
            LogOutdated(logger, file.Path);
            return null;
        }
        return saved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule sets read from {Path}: {Count} versions, up to sequence {Sequence}")]
    private static partial void LogLoaded(ILogger logger, string path, int count, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the rule sets of {Address} after sequence {Sequence}")]
    private static partial void LogFollowing(ILogger logger, Uri address, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Eligibility at {Address} is unreachable ({Reason}); deciding with the rule sets held, up to sequence {Sequence}")]
    private static partial void LogUnreachable(ILogger logger, Uri address, long sequence, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Eligibility at {Address} has no change log up to sequence {Sequence} any more ({Detail}); following it from the start")]
    private static partial void LogLogReplaced(ILogger logger, Uri address, long sequence, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule sets in {Path} are in an older or damaged form; following eligibility from the start")]
    private static partial void LogOutdated(ILogger logger, string path);

    internal sealed record Saved(long Sequence, PublishedRuleSet[] RuleSets);
}
