using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Persistence;

namespace TravelCorridor.Clearance.RuleSets;

/// <summary>
/// For clearance in a process without eligibility: keeps a rule-set catalog of its own current by following
/// <c>WatchRuleSets</c> of the eligibility service at <see cref="ClearanceOptions.EligibilityAddress"/>, and
/// keeps what it received in <see cref="FileName"/> under the data directory, so a restart while eligibility
/// is unreachable decides with the sets it had, and following resumes after the last sequence seen.
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
    ILogger<RuleSetFeeder> logger) : BackgroundService, IRuleSetSource
{
    public const string FileName = "clearance-rule-sets.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly List<PublishedRuleSet> received = [];
    private long sequence;

    public string Description => $"the eligibility service at {options.Value.EligibilityAddress}";

    private string Path => System.IO.Path.Combine(node.Value.DataPath, FileName);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (Read() is { } saved)
        {
            sequence = saved.Sequence;
            received.AddRange(saved.RuleSets);
            catalog.Add(saved.RuleSets);
            LogLoaded(logger, Path, saved.RuleSets.Length, saved.Sequence);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var address = new Uri(options.Value.EligibilityAddress!);
        using var channel = GrpcChannel.ForAddress(address);
        var client = new EligibilityService.EligibilityServiceClient(channel);
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(15));
        var connected = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var call = client.WatchRuleSets(new WatchRuleSetsRequest { AfterSequence = sequence }, cancellationToken: stopping.Token);
                await foreach (var change in call.ResponseStream.ReadAllAsync(stopping.Token))
                {
                    if (!connected)
                    {
                        connected = true;
                        backoff.Reset();
                        LogFollowing(logger, address, sequence);
                    }
                    await ApplyAsync(change, stopping.Token);
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition && sequence > 0 && !stopping.IsCancellationRequested)
            {
                // Eligibility's change log ends before what this process saw (recreated, or restored from an
                // earlier backup): follow it from the start; sets already held are skipped.
                LogLogReplaced(logger, address, sequence, e.Status.Detail);
                sequence = 0;
                continue;
            }
            catch (Exception e) when (e is RpcException or IOException && !stopping.IsCancellationRequested)
            {
                if (connected || sequence == 0)
                {
                    LogUnreachable(logger, address, sequence, e.Message);
                }
                connected = false;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.Delay(backoff.Next(), time, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
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
        Write();
    }

    private void Write()
    {
        try
        {
            Directory.CreateDirectory(node.Value.DataPath);
            var temp = Path + ".tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new Saved(sequence, [.. received]), Json));
            File.Move(temp, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(logger, e, Path);
        }
    }

    private Saved? Read()
    {
        try
        {
            var saved = File.Exists(Path) ? JsonSerializer.Deserialize<Saved>(File.ReadAllBytes(Path), Json) : null;
            if (saved?.RuleSets?.Any(r => r?.Signed is null || r.Member is null || r.KeyId is null) == true)
            {
                // Written before the sets were kept as the decision core's PublishedRuleSet (or damaged): follow from the start.
                LogOutdated(logger, Path);
                return null;
            }
            return saved;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            LogReadFailed(logger, e, Path);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule sets read from {Path}: {Count} versions, up to sequence {Sequence}")]
    private static partial void LogLoaded(ILogger logger, string path, int count, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the rule sets of {Address} after sequence {Sequence}")]
    private static partial void LogFollowing(ILogger logger, Uri address, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Eligibility at {Address} is unreachable ({Reason}); deciding with the rule sets held, up to sequence {Sequence}")]
    private static partial void LogUnreachable(ILogger logger, Uri address, long sequence, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Eligibility at {Address} has no change log up to sequence {Sequence} any more ({Detail}); following it from the start")]
    private static partial void LogLogReplaced(ILogger logger, Uri address, long sequence, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the rule sets to {Path}; a restart without eligibility would lose the newest")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule sets in {Path} are in an older or damaged form; following eligibility from the start")]
    private static partial void LogOutdated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the rule sets {Path}; starting without them")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string path);

    private sealed record Saved(long Sequence, PublishedRuleSet[] RuleSets);
}
