using TravelCorridor.Membership.Domain;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Tests.Domain;

public sealed class CorridorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Corridor Proposed()
    {
        var corridor = new Corridor { Id = CorridorIds.For("SG", "MY"), ProposingMember = "SG", PartnerMember = "MY" };
        corridor.Propose("SG", "MY", ["OFFICIAL", "ESSENTIAL_BUSINESS", "OFFICIAL"], 14, Now);
        return corridor;
    }

    [Fact]
    public void The_id_names_both_members_in_alphabetical_order()
    {
        Assert.Equal("MY-SG", CorridorIds.For("SG", "MY"));
        Assert.Equal("MY-SG", CorridorIds.For("MY", "SG"));
    }

    [Fact]
    public void A_proposal_keeps_each_purpose_once_in_order()
    {
        Assert.Equal(["ESSENTIAL_BUSINESS", "OFFICIAL"], Proposed().Purposes);
    }

    [Fact]
    public void Only_the_partner_opens_a_proposed_corridor()
    {
        var corridor = Proposed();
        Assert.Equal("CONSENT_NEEDED_FROM_PARTNER", Assert.Throws<FailedPreconditionException>(() => corridor.Accept("SG", Now)).Reason);
        corridor.Accept("MY", Now);
        Assert.Equal((CorridorStatus.Open, 2L), (corridor.Status, corridor.Version));
    }

    [Fact]
    public void An_open_corridor_is_usable_only_while_both_members_are_active()
    {
        var corridor = Proposed();
        corridor.Accept("MY", Now);
        Assert.True(corridor.IsUsable(new HashSet<string> { "SG", "MY" }));
        Assert.False(corridor.IsUsable(new HashSet<string> { "SG" }));
    }

    [Fact]
    public void New_terms_need_the_corridor_suspended_first()
    {
        var corridor = Proposed();
        Assert.Equal("CORRIDOR_EXISTS",
            Assert.Throws<FailedPreconditionException>(() => corridor.Propose("MY", "SG", ["OFFICIAL"], 7, Now)).Reason);
        corridor.Suspend("renegotiating", Now);
        corridor.Propose("MY", "SG", ["OFFICIAL"], 7, Now);
        Assert.Equal(("MY", "SG", 7, 3L), (corridor.ProposingMember, corridor.PartnerMember, corridor.MaxStayDays, corridor.Version));
    }
}
