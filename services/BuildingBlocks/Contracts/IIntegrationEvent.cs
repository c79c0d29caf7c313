namespace TravelCorridor.Contracts;

/// <summary>
/// What every integration event carries, whatever its type: who produced it, when, and the version
/// of the aggregate it describes. An interface rather than a base record, so each contract stays a
/// flat positional record and the JSON on the wire is unchanged. (The bus is told not to publish or
/// bind anything for this interface; see MessagingRegistration.)
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
