namespace TravelCorridor.Messaging;

/// <summary>An event names a contract type this node does not know (a newer node's event, or a corrupt row).</summary>
public sealed class UnknownEventTypeException(string name) : Exception($"Unknown event type '{name}'.")
{
    public string TypeName { get; } = name;
}
