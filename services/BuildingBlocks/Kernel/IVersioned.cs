namespace TravelCorridor.Kernel;

/// <summary>
/// A replicated aggregate: its version goes up by one with every change and is the event's Sequence;
/// <see cref="ChangedBy"/> is the origin of the change that produced the current state. Together they
/// order concurrent changes the same way on every node (see the replica writer's ChangeOrder in Messaging).
/// </summary>
public interface IVersioned
{
    long Version { get; }

    /// <summary>Member code of the node where the change that produced this state was made.</summary>
    string ChangedBy { get; set; }
}
