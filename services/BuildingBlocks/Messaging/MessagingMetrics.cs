using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace TravelCorridor.Messaging;

/// <summary>
/// What an operator watches of the event machinery, on <c>/metrics</c> (meter <c>TravelCorridor.Messaging</c>):
/// the outbox backlog and the age of its oldest unsent row per service, events published, failed and
/// dead-lettered, what each consumer did with what it received (applied, stale, duplicate, own, refused), and events refused
/// on arrival as unauthentic.
/// </summary>
public sealed class MessagingMetrics : IDisposable
{
    public const string MeterName = "TravelCorridor.Messaging";

    private readonly Meter meter;
    private readonly Counter<long> published;
    private readonly Counter<long> publishFailed;
    private readonly Counter<long> deadLettered;
    private readonly Counter<long> consumed;
    private readonly Counter<long> refused;
    private readonly Counter<long> superseded;
    private readonly ConcurrentDictionary<string, OutboxBacklog> backlogs = new();
    private readonly ConcurrentDictionary<string, DispatcherState> dispatchers = new();
    private readonly TimeProvider time;

    public MessagingMetrics(IMeterFactory meters, TimeProvider time)
    {
        this.time = time;
        meter = meters.Create(MeterName);
        published = meter.CreateCounter<long>("travelcorridor.outbox.published", "{event}", "Events the broker confirmed.");
        publishFailed = meter.CreateCounter<long>("travelcorridor.outbox.publish_failed", "{event}", "Publish attempts that failed or timed out.");
        deadLettered = meter.CreateCounter<long>("travelcorridor.outbox.dead_lettered", "{event}",
            "Outbox rows moved to the dead-letter table because they could never be published.");
        consumed = meter.CreateCounter<long>("travelcorridor.events.consumed", "{event}",
            "Events received per consumer, by outcome: applied, stale, superseded, duplicate, own (this node's own) or refused (failed the service's checks).");
        refused = meter.CreateCounter<long>("travelcorridor.events.refused", "{event}",
            "Events refused on arrival before anything was applied, by event and reason: unsigned, malformed_signature, unknown_node_key, key_of_another_member, bad_signature, not_authoritative.");
        superseded = meter.CreateCounter<long>("travelcorridor.changes.superseded", "{change}",
            "Concurrent changes to one aggregate at one version that lost the tie-break (kept on no node), by losing and winning origin: " +
            "on the loser's node, a write that was answered OK and is now replaced.");
        meter.CreateObservableGauge("travelcorridor.outbox.backlog", () => backlogs.Select(b =>
            new Measurement<long>(b.Value.Count, new KeyValuePair<string, object?>("service", b.Key))), "{event}",
            "Outbox rows not yet confirmed by the broker.");
        meter.CreateObservableGauge("travelcorridor.outbox.connected", () => dispatchers.Select(d =>
            new Measurement<int>(d.Value.Connected ? 1 : 0, new KeyValuePair<string, object?>("service", d.Key))), "{state}",
            "1 while the service's last publish was confirmed by the broker, 0 from a failed or unconfirmed one until the next success.");
        meter.CreateObservableGauge("travelcorridor.outbox.last_publish_age", () => dispatchers
            .Where(d => d.Value.LastPublished is not null)
            .Select(d => new Measurement<double>(Math.Max(0, (time.GetUtcNow() - d.Value.LastPublished!.Value).TotalSeconds),
                new KeyValuePair<string, object?>("service", d.Key))), "s",
            "Seconds since the broker last confirmed an event of the service; with a backlog, a growing value means the outbox is stuck.");
        meter.CreateObservableGauge("travelcorridor.outbox.oldest_unsent_age", () => backlogs.Select(b =>
            new Measurement<double>(b.Value.OldestUnsent is { } at ? Math.Max(0, (time.GetUtcNow() - at).TotalSeconds) : 0,
                new KeyValuePair<string, object?>("service", b.Key))), "s",
            "Age of the oldest outbox row not yet confirmed; grows while the broker is unreachable.");
    }

    public void Published(string service, int count)
    {
        published.Add(count, Tag("service", service));
        if (count > 0)
        {
            dispatchers[service] = new DispatcherState(true, time.GetUtcNow());
        }
    }

    public void PublishFailed(string service, int count)
    {
        publishFailed.Add(count, Tag("service", service));
        dispatchers.AddOrUpdate(service, _ => new DispatcherState(false, null), (_, state) => state with { Connected = false });
    }

    public void DeadLettered(string service) => deadLettered.Add(1, Tag("service", service));

    public void Consumed(string consumer, ConsumeOutcome outcome) =>
        consumed.Add(1, Tag("consumer", consumer), Tag("outcome", outcome.ToString().ToLowerInvariant()));

    public void Refused(string eventType, string reason) => refused.Add(1, Tag("event", eventType), Tag("reason", reason));

    public void Superseded(string aggregate, string losingOrigin, string winningOrigin) =>
        superseded.Add(1, Tag("aggregate", aggregate), Tag("losing_origin", losingOrigin), Tag("winning_origin", winningOrigin));

    public void Backlog(string service, long count, DateTimeOffset? oldestUnsent) =>
        backlogs[service] = new OutboxBacklog(count, oldestUnsent);

    public void Dispose() => meter.Dispose();

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);

    private sealed record OutboxBacklog(long Count, DateTimeOffset? OldestUnsent);

    private sealed record DispatcherState(bool Connected, DateTimeOffset? LastPublished);
}
