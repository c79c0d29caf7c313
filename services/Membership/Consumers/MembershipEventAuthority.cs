using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Kernel;

namespace TravelCorridor.Membership.Consumers;

/// <summary>
/// Who may author membership events, the replica side of <see cref="WriteOwnership"/>: member-state status
/// only the secretariat's node, a corridor only the node of one of its two members (and its id must be
/// theirs), a member's keys only that member's node.
/// </summary>
public sealed class MembershipEventAuthority(WriteOwnership ownership) : IEventAuthority
{
    public string? Refusal(IIntegrationEvent change) => change switch
    {
        MemberStateAdmitted or MemberStateStatusChanged => change.Origin == ownership.Secretariat ? null
            : $"member-state status is written on the secretariat's node ({ownership.Secretariat}), not {change.Origin}'s.",
        CorridorProposed e => Corridor(e.Origin, e.CorridorId, e.ProposingMember, e.PartnerMember),
        CorridorOpened e => Corridor(e.Origin, e.CorridorId, e.ProposingMember, e.PartnerMember),
        CorridorSuspended e => Corridor(e.Origin, e.CorridorId, e.ProposingMember, e.PartnerMember),
        TrustedKeyAdded e => Keys(e.Origin, e.Member),
        TrustedKeyRevoked e => Keys(e.Origin, e.Member),
        _ => null,
    };

    private static string? Corridor(string origin, string corridorId, string proposing, string partner)
    {
        if (proposing is null || partner is null || corridorId != CorridorIds.For(proposing, partner))
        {
            return $"corridor {corridorId} is not the corridor of {proposing} and {partner}.";
        }
        return origin == proposing || origin == partner ? null
            : $"corridor {corridorId} is written on the node of {proposing} or {partner}, not {origin}'s.";
    }

    private static string? Keys(string origin, string member) =>
        origin == member ? null : $"keys of {member} are added and revoked on {member}'s own node, not {origin}'s.";
}
