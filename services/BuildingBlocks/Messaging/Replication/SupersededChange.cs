namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// A record that two nodes changed the same aggregate concurrently (the same version from two
/// origins) and which change every node keeps (<see cref="ChangeOrder"/>): an operator reading
/// <c>superseded_changes</c> sees which change was dropped, where it was made and which one won.
/// </summary>
public sealed class SupersededChange
{
    public long Id { get; set; }

    /// <summary>The aggregate, as in the outbox (<c>corridors:MY-SG</c>).</summary>
    public required string AggregateKey { get; set; }

    public long Version { get; set; }

    /// <summary>Contract name of the change that was dropped, when it is known (the incoming one).</summary>
    public required string EventType { get; set; }

    public required string LosingOrigin { get; set; }

    public required string WinningOrigin { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
