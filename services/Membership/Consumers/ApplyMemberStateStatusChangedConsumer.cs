using MassTransit;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Membership.Consumers;

/// <summary>Applies a suspension or reinstatement made on another node.</summary>
public sealed class ApplyMemberStateStatusChangedConsumer(ReplicaWriter<MembershipDbContext> replica) : IConsumer<MemberStateStatusChanged>
{
    public Task Consume(ConsumeContext<MemberStateStatusChanged> context) =>
        replica.ApplyAsync<MemberStateStatusChanged, MemberState>(context.Message, nameof(ApplyMemberStateStatusChangedConsumer), MembershipState.Of, context.CancellationToken);
}
