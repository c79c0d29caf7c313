// In the global namespace on purpose. MassTransit treats every interface a message implements as a
// message type of its own (one more exchange, one more urn in the envelope's messageType) unless the
// type has no namespace. Without one, the wire format stays exactly what it was: one exchange and one
// message type per contract, and no MassTransit attribute is needed in this dependency-free assembly.

/// <summary>
/// What every integration event carries, whatever its type: who produced it, when, and the version
/// of the aggregate it describes. An interface rather than a base record, so each contract stays a
/// flat positional record and the JSON on the wire is unchanged.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    /// <summary>Member code of the node that made the change.</summary>
    string Origin { get; }

    /// <summary>The aggregate's version after the change.</summary>
    long Sequence { get; }

    DateTimeOffset OccurredAt { get; }
}
