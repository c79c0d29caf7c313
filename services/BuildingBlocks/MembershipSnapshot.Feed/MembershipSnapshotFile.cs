using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Following;
using TravelCorridor.Kernel;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Keeps the last loaded membership view in a file under the node's data directory
/// (<see cref="FileName"/>) and loads it at start-up, so a node restarted while membership is unreachable
/// still knows the member states, corridors and keys it last saw, decides with them, and resumes following
/// membership from that view's sequence once it is back. Written when the sequence changes, at most once a
/// second, whole and then moved into place, so a crash never leaves half a file.
/// </summary>
internal sealed partial class MembershipSnapshotFile(
    MembershipSnapshot snapshot, IOptions<NodeOptions> node, TimeProvider time, ILogger<MembershipSnapshotFile> logger) : BackgroundService
{
    public const string FileName = "membership-snapshot.json";

    private static readonly TimeSpan WriteAtMostEvery = TimeSpan.FromSeconds(1);

    private readonly SavedFile<SavedView> file = SavedFile<SavedView>.Under(node.Value, FileName, "membership snapshot", logger);
    private long saved = -1;

    private string Path => file.Path;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the feeder's first attempt (it waits for the node to listen), so it resumes from this view.
        if (!snapshot.Current.IsLoaded && Read() is { } view)
        {
            snapshot.Publish(view);
            saved = view.Sequence;
            LogLoaded(logger, Path, view.Sequence, view.MemberStates.Count, view.Corridors.Count, view.TrustedKeys.Count, view.ConfirmedAt);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                // The signal is taken before the view is read, so a change made while writing is not missed;
                // a change is written at once, and the next no sooner than a second later.
                var next = snapshot.NextChangeAsync(stoppingToken);
                Write();
                await Task.Delay(WriteAtMostEvery, time, stoppingToken);
                await next;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Write();
        }
    }

    private void Write()
    {
        var view = snapshot.Current;
        if (!view.IsLoaded || view.Sequence == saved)
        {
            return;
        }
        var saving = new SavedView(view.Sequence, view.ConfirmedAt ?? time.GetUtcNow(),
            [.. view.MemberStates.Values], [.. view.Corridors.Values], [.. view.TrustedKeys.Values]);
        if (file.Write(saving))
        {
            saved = view.Sequence;
        }
    }

    private MembershipView? Read()
    {
        // Unreadable or absent: start as without it; membership's first answer replaces it anyway.
        if (file.Read() is not { } saved)
        {
            return null;
        }
        try
        {
            return new MembershipView
            {
                IsLoaded = true,
                Sequence = saved.Sequence,
                ConfirmedAt = saved.ConfirmedAt,
                MemberStates = saved.MemberStates.ToImmutableDictionary(m => m.Code, StringComparer.Ordinal),
                Corridors = saved.Corridors.ToImmutableDictionary(c => c.CorridorId, StringComparer.Ordinal),
                TrustedKeys = saved.TrustedKeys.ToImmutableDictionary(k => k.Id),
            };
        }
        catch (Exception e) when (e is ArgumentException or NullReferenceException)
        {
            // Parsed, but not a whole view (a duplicate key, a missing list): as unreadable.
            LogDamaged(logger, e, Path);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Membership snapshot read from {Path}: sequence {Sequence}, {Members} member states, {Corridors} corridors, {Keys} trusted keys, as last confirmed at {ConfirmedAt:O}; following membership from there")]
    private static partial void LogLoaded(ILogger logger, string path, long sequence, int members, int corridors, int keys, DateTimeOffset? confirmedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The membership snapshot {Path} is damaged; starting without it")]
    private static partial void LogDamaged(ILogger logger, Exception exception, string path);

    internal sealed record SavedView(
        long Sequence,
        DateTimeOffset ConfirmedAt,
        MemberStateEntry[] MemberStates,
        CorridorEntry[] Corridors,
        TrustedKeyEntry[] TrustedKeys);
}
