namespace TravelCorridor.Contracts.Membership;

/// <summary>A member state was admitted to the framework. Sequence is the member state's version.</summary>
public sealed record MemberStateAdmitted(
    Guid EventId,
    string Origin,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Code,
    string Name,
    DateTimeOffset AdmittedAt) : IIntegrationEvent;
