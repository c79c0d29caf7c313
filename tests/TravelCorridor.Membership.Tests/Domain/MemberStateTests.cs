using TravelCorridor.Hosting;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Tests.Domain;

public sealed class MemberStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_founding_list_has_the_eleven_members_at_version_one()
    {
        var members = FoundingMembers.All.Select(FoundingMembers.Create).ToList();
        Assert.Equal(11, members.Count);
        Assert.All(members, m => Assert.Equal((MemberStatus.Active, 1L), (m.Status, m.Version)));
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 0, 0, TimeSpan.Zero), members.Single(m => m.Code == "TL").AdmittedAt);
    }

    [Fact]
    public void Suspending_twice_or_reinstating_an_active_member_is_refused()
    {
        var member = FoundingMembers.Create(FoundingMembers.All[0]);
        Assert.Equal("MEMBER_NOT_SUSPENDED", Assert.Throws<FailedPreconditionException>(() => member.Reinstate("x", Now)).Reason);
        member.Suspend("audit", Now);
        Assert.Equal("MEMBER_ALREADY_SUSPENDED", Assert.Throws<FailedPreconditionException>(() => member.Suspend("again", Now)).Reason);
        Assert.Equal((2L, "audit", Now), (member.Version, member.StatusReason, member.StatusChangedAt));
    }

    [Theory]
    [InlineData("SG", true)]
    [InlineData("sg", false)]
    [InlineData("SGP", false)]
    [InlineData("S1", false)]
    [InlineData("", false)]
    public void Member_codes_are_two_capital_letters(string code, bool valid)
    {
        Assert.Equal(valid, MemberCode.IsValid(code));
    }
}
