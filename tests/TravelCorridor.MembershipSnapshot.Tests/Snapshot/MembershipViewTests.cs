using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Membership.V1;
using static TravelCorridor.MembershipSnapshot.Tests.Snapshot.Changes;

namespace TravelCorridor.MembershipSnapshot.Tests.Snapshot;

public sealed class MembershipViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_replayed_change_older_than_the_listed_state_is_skipped_but_its_sequence_counts()
    {
        var view = Loaded(Member("VN", version: 3, MemberStateStatus.Suspended));

        var replayed = view.Apply(Watched(1, Member("VN", version: 2)), Now);

        Assert.Equal(MemberStateStatus.Suspended, replayed.FindMember("VN")!.Status);
        Assert.Equal(3, replayed.FindMember("VN")!.Version);
        Assert.Equal(1, replayed.Sequence);
    }

    [Fact]
    public void A_newer_change_replaces_the_member_and_keeps_when_it_was_admitted()
    {
        var view = Loaded(Member("VN", version: 1));

        // Status changes on the watch stream do not repeat admitted_at.
        var changed = view.Apply(Watched(7, Member("VN", version: 2, MemberStateStatus.Suspended, withAdmittedAt: false)), Now);

        var member = changed.FindMember("VN")!;
        Assert.False(member.IsActive);
        Assert.Equal(Joined, member.AdmittedAt);
        Assert.Equal(7, changed.Sequence);
        Assert.Equal(Now, changed.ConfirmedAt);
        Assert.Equal(1, view.FindMember("VN")!.Version); // the earlier view is untouched
    }

    [Fact]
    public void An_open_corridor_is_unusable_while_one_of_its_members_is_suspended()
    {
        var view = Loaded(Member("MY", 1), Member("SG", 1)).Apply(Watched(1, Corridor("SG", "MY", CorridorStatus.Open, 2)), Now);
        Assert.True(view.IsUsable(view.FindCorridor("MY-SG")!));

        var suspended = view.Apply(Watched(2, Member("MY", 2, MemberStateStatus.Suspended)), Now);

        Assert.False(suspended.IsUsable(suspended.FindCorridor("MY-SG")!));
    }

    [Fact]
    public void A_corridor_is_found_with_its_members_in_either_order()
    {
        var view = Loaded().Apply(Watched(1, Corridor("SG", "BN", CorridorStatus.Proposed, 1)), Now);

        Assert.Equal("BN-SG", view.FindCorridor("SG-BN")!.CorridorId);
        Assert.Equal("BN-SG", view.FindCorridor("BN-SG")!.CorridorId);
        Assert.Null(view.FindCorridor("BN-MY"));
    }

    [Fact]
    public void A_key_is_trusted_only_for_its_use_inside_its_window_and_until_revoked()
    {
        var key = new TrustedKey
        {
            Member = "SG", KeyId = "sg-rules-1", Use = KeyUse.Rules, PublicKeyJwk = "{}", Version = 1,
            NotBefore = Timestamp.FromDateTimeOffset(Now.AddDays(-1)), NotAfter = Timestamp.FromDateTimeOffset(Now.AddDays(1)),
        };
        var view = Loaded().Apply(new WatchMembershipResponse { Sequence = 1, TrustedKey = key }, Now);
        var entry = view.FindKey("SG", "sg-rules-1")!;

        Assert.True(entry.IsTrustedFor(KeyUse.Rules, Now));
        Assert.False(entry.IsTrustedFor(KeyUse.Passes, Now));
        Assert.False(entry.IsTrustedFor(KeyUse.Rules, Now.AddDays(2)));

        var revoked = key.Clone();
        revoked.Revoked = true;
        revoked.Version = 2;
        var after = view.Apply(new WatchMembershipResponse { Sequence = 2, TrustedKey = revoked }, Now);
        Assert.False(after.FindKey("SG", "sg-rules-1")!.IsTrustedFor(KeyUse.Rules, Now));
    }
}
