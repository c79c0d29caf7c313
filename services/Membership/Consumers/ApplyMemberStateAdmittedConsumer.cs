using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Adds a member state admitted on another node to this node's replica.</summary>
public sealed class ApplyMemberStateAdmittedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<MemberStateAdmitted>
{
    public Task Consume(ConsumeContext<MemberStateAdmitted> context) =>
        replica.ApplyAsync<MemberStateAdmitted, MemberState>(context.Message, nameof(ApplyMemberStateAdmittedConsumer), MembershipState.Of, context.CancellationToken);
}
