namespace TravelCorridor.Messaging.Outbox;

/// <summary>Tuning of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Rows read, published concurrently and marked sent per pass (one read, one write transaction).
    /// Larger batches raise throughput until the broker's confirms become the limit; see bench/README.md.
    /// </summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// After a pass that published rows but not a full batch, the dispatcher waits this long before the
    /// next, so the rows committed meanwhile go out together instead of a pass (a read, a write
    /// transaction) for every few rows. Adds at most this much to an event's delay under a steady stream
    /// of writes; the first row after a quiet spell goes out at once. Zero turns it off.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How often a row that can never be published (unknown type, body that does not deserialise) is
    /// tried before it moves to <c>outbox_dead_letters</c>; broker failures never count towards this.
    /// </summary>
    public int PoisonAttempts { get; set; } = 5;

    /// <summary>Sent outbox rows and inbox entries older than this are deleted in the background.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan RetentionSweep { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long to wait for the broker's confirm of one publish before treating it as failed and trying again.
    /// A healthy broker confirms within milliseconds; a publish that went out on a connection dying unnoticed
    /// (a silent network cut, until heartbeats give it up) is never confirmed, and this is what it costs.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First retry delay after a failed publish; doubles on each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The longest retry delay: what a backlog may wait after the broker is back, on top of the bus reconnecting.
    /// A retry while the broker is away costs one small read, so this stays short.
    /// </summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A safety net only: commits wake the dispatcher at once; this catches rows written by another
    /// process sharing the database.
    /// </summary>
    public TimeSpan IdleCheck { get; set; } = TimeSpan.FromSeconds(5);
}
