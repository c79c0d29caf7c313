namespace TravelCorridor.Messaging.Replication;

/// <summary>A replicated aggregate: its version goes up by one with every change and is the event's Sequence.</summary>
public interface IVersioned
{
    long Version { get; }
}
