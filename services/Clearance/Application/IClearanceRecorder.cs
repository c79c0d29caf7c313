using TravelCorridor.Clearance.Domain;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// Where the desk records a decision with its event before answering: the audit log (a database writer with its
/// outbox) in a node, anything that keeps them in a unit test of the desk.
/// </summary>
public interface IClearanceRecorder
{
    /// <summary>Completes once the record and its event are committed together; throws when they could not be.</summary>
    Task AppendAsync(ClearanceRecord record, IIntegrationEvent decided, CancellationToken cancellationToken);
}
