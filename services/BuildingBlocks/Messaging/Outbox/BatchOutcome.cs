namespace TravelCorridor.Messaging.Outbox;

/// <summary>What one pass over the outbox achieved, which decides whether the dispatcher sleeps, goes on or backs off.</summary>
internal enum BatchOutcome
{
    Empty,
    Published,
    Failed,
}
