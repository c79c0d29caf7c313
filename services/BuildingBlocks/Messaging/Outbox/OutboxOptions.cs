namespace TravelCorridor.Messaging.Outbox;

/// <summary>Tuning of the outbox dispatcher (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Rows published per database round trip.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long to wait for the broker's confirm of one publish before treating it as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First retry delay after a failed publish; doubles on each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A safety net only: commits wake the dispatcher at once; this catches rows written by another
    /// process sharing the database.
    /// </summary>
    public TimeSpan IdleCheck { get; set; } = TimeSpan.FromSeconds(5);
}
