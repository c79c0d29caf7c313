using System.Text.Json;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging.Replication;

/// <summary>Reads the event a change-log entry stores.</summary>
public static class ChangeLogEntryExtensions
{
    public static IIntegrationEvent ReadEvent(this ChangeLogEntry entry) =>
        (IIntegrationEvent)(JsonSerializer.Deserialize(entry.Payload, EventTypes.Resolve(entry.EventType), EventJson.Options)
            ?? throw new InvalidOperationException($"Change-log entry {entry.Sequence} has an empty payload."));
}
