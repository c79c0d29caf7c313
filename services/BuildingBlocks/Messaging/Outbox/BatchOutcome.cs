namespace TravelCorridor.Messaging.Outbox;

/// <summary>What one pass over the outbox achieved, which decides whether the dispatcher sleeps, goes on or backs off.</summary>
internal enum BatchOutcome
{
    Empty,

    /// <summary>Every row read was published, fewer than a full batch: the outbox was drained.</summary>
    Published,

    /// <summary>A full batch was published: more rows may be waiting.</summary>
    PublishedFullBatch,

    Failed,
}
