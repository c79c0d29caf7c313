using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>Turns a change-log entry (an event with the aggregate's state) into a watch response.</summary>
internal static class ChangeLogMapper
{
    public static Proto.WatchMembershipResponse ToProto(this ChangeLogEntry entry, IReadOnlySet<string> activeMembers)
    {
        var response = new Proto.WatchMembershipResponse
        {
            Sequence = entry.Sequence,
            EventType = entry.EventType,
            Origin = entry.Origin,
            OccurredAt = Timestamp.FromDateTimeOffset(entry.OccurredAt),
        };
        switch (MembershipState.Of(entry.ReadEvent()))
        {
            case MemberState member:
                response.MemberState = member.ToProto();
                break;
            case Corridor corridor:
                response.Corridor = corridor.ToProto(activeMembers);
                break;
            case TrustedKey key:
                response.TrustedKey = key.ToProto();
                break;
        }
        return response;
    }
}
