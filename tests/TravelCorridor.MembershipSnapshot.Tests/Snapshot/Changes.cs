using TravelCorridor.Type.V1;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot.Tests.Snapshot;

/// <summary>Membership's messages as the watch stream and the lists deliver them.</summary>
internal static class Changes
{
    public static readonly DateTimeOffset Joined = new(1967, 8, 8, 0, 0, 0, TimeSpan.Zero);

    public static MemberState Member(string code, long version, MemberStateStatus status = MemberStateStatus.Active, bool withAdmittedAt = true) => new()
    {
        Code = code,
        Name = code,
        Status = status,
        AdmittedAt = withAdmittedAt ? Timestamp.FromDateTimeOffset(Joined) : null,
        StatusChangedAt = Timestamp.FromDateTimeOffset(Joined.AddDays(version)),
        Version = version,
    };

    public static Corridor Corridor(string proposing, string partner, CorridorStatus status, long version) => new()
    {
        CorridorId = string.CompareOrdinal(proposing, partner) < 0 ? $"{proposing}-{partner}" : $"{partner}-{proposing}",
        ProposingMember = proposing,
        PartnerMember = partner,
        Purposes = { TravelPurpose.EssentialBusiness },
        MaxStayDays = 14,
        Status = status,
        ProposedAt = Timestamp.FromDateTimeOffset(Joined),
        StatusChangedAt = Timestamp.FromDateTimeOffset(Joined),
        Version = version,
    };

    public static WatchMembershipResponse Watched(long sequence, MemberState member) => new() { Sequence = sequence, MemberState = member };

    public static WatchMembershipResponse Watched(long sequence, Corridor corridor) => new() { Sequence = sequence, Corridor = corridor };

    public static MembershipView Loaded(params MemberState[] members)
    {
        var list = new ListMemberStatesResponse();
        list.MemberStates.Add(members);
        return MembershipView.Empty.Load(list, new ListCorridorsResponse(), new ListTrustedKeysResponse(), Joined);
    }
}
