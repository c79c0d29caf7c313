using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging;
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
        switch (entry.EventType)
        {
            case nameof(MemberStateAdmitted):
                var admitted = Read<MemberStateAdmitted>(entry);
                response.MemberState = new MemberState
                {
                    Code = admitted.Code, Name = admitted.Name, Status = MemberStatus.Active,
                    AdmittedAt = admitted.AdmittedAt, StatusChangedAt = admitted.AdmittedAt, Version = admitted.Sequence,
                }.ToProto();
                break;
            case nameof(MemberStateStatusChanged):
                var changed = Read<MemberStateStatusChanged>(entry);
                response.MemberState = new MemberState
                {
                    Code = changed.Code, Name = changed.Name, Status = System.Enum.Parse<MemberStatus>(changed.Status, true),
                    StatusReason = changed.Reason, StatusChangedAt = changed.OccurredAt, Version = changed.Sequence,
                }.ToProto();
                response.MemberState.AdmittedAt = null;
                break;
            case nameof(CorridorProposed):
                var proposed = Read<CorridorProposed>(entry);
                response.Corridor = Corridor(proposed.CorridorId, proposed.ProposingMember, proposed.PartnerMember,
                    proposed.Purposes, proposed.MaxStayDays, CorridorStatus.Proposed, "", proposed.OccurredAt, proposed.Sequence, activeMembers);
                break;
            case nameof(CorridorOpened):
                var opened = Read<CorridorOpened>(entry);
                response.Corridor = Corridor(opened.CorridorId, opened.ProposingMember, opened.PartnerMember,
                    opened.Purposes, opened.MaxStayDays, CorridorStatus.Open, "", opened.OccurredAt, opened.Sequence, activeMembers);
                break;
            case nameof(CorridorSuspended):
                var suspended = Read<CorridorSuspended>(entry);
                response.Corridor = Corridor(suspended.CorridorId, suspended.ProposingMember, suspended.PartnerMember,
                    suspended.Purposes, suspended.MaxStayDays, CorridorStatus.Suspended, suspended.Reason, suspended.OccurredAt,
                    suspended.Sequence, activeMembers);
                break;
            case nameof(TrustedKeyAdded):
                var added = Read<TrustedKeyAdded>(entry);
                response.TrustedKey = Key(added.Member, added.KeyId, added.Use, added.PublicKeyJwk, added.NotBefore, added.NotAfter, added.Sequence).ToProto();
                break;
            case nameof(TrustedKeyRevoked):
                var revoked = Read<TrustedKeyRevoked>(entry);
                var key = Key(revoked.Member, revoked.KeyId, revoked.Use, revoked.PublicKeyJwk, revoked.NotBefore, revoked.NotAfter, revoked.Sequence);
                key.Revoked = true;
                key.RevocationReason = revoked.Reason;
                key.RevokedAt = revoked.RevokedAt;
                response.TrustedKey = key.ToProto();
                break;
        }
        return response;
    }

    private static T Read<T>(ChangeLogEntry entry) => JsonSerializer.Deserialize<T>(entry.Payload, EventJson.Options)!;

    private static Proto.Corridor Corridor(string id, string proposing, string partner, IEnumerable<string> purposes, int maxStay,
        CorridorStatus status, string reason, DateTimeOffset at, long version, IReadOnlySet<string> activeMembers) =>
        new Corridor
        {
            Id = id, ProposingMember = proposing, PartnerMember = partner, Purposes = purposes.ToList(), MaxStayDays = maxStay,
            Status = status, StatusReason = reason, ProposedAt = at, StatusChangedAt = at, Version = version,
        }.ToProto(activeMembers);

    private static TrustedKey Key(string member, string keyId, string use, string jwk, DateTimeOffset notBefore, DateTimeOffset notAfter, long version) =>
        new()
        {
            Member = member, KeyId = keyId, Use = System.Enum.Parse<KeyUse>(use, true), PublicKeyJwk = jwk,
            NotBefore = notBefore, NotAfter = notAfter, Version = version,
        };
}
